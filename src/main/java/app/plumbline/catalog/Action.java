package app.plumbline.catalog;

/**
 * What an exercise does, overall (its kind) or to one muscle. Release, stretch, mobilise and
 * relaxation lengthen or calm an overactive muscle; activate, strengthen and motor control train
 * an underactive one.
 */
public enum Action {
    RELEASE("release", "releases", Effect.LOOSENS),
    STRETCH("stretch", "stretches", Effect.LOOSENS),
    MOBILISE("mobilise", "mobilises", Effect.LOOSENS),
    RELAXATION("relaxation", "relaxes", Effect.LOOSENS),
    ACTIVATE("activate", "activates", Effect.TRAINS),
    STRENGTHEN("strengthen", "strengthens", Effect.TRAINS),
    MOTOR_CONTROL("motor-control", "trains control of", Effect.TRAINS),
    BREATHING("breathing", "trains breathing with", Effect.NEITHER),
    POSTURE_AWARENESS("posture-awareness", "builds awareness of", Effect.NEITHER);

    public enum Effect { LOOSENS, TRAINS, NEITHER }

    private final String code;
    private final String verb;
    private final Effect effect;

    Action(String code, String verb, Effect effect) {
        this.code = code;
        this.verb = verb;
        this.effect = effect;
    }

    public String code() {
        return code;
    }

    /** "stretches", as in "stretches upper trapezius". */
    public String verb() {
        return verb;
    }

    public Effect effect() {
        return effect;
    }

    public String label() {
        String text = code.replace('-', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static Action fromCode(String code) {
        return Codes.find(values(), Action::code, code);
    }
}
