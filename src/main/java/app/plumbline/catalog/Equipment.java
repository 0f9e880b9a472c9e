package app.plumbline.catalog;

/** What a patient needs at home. */
public enum Equipment {
    CHAIR("chair"), WALL("wall"), MIRROR("mirror"), TOWEL("towel"), PILLOW("pillow"), MAT("mat"),
    FOAM_ROLLER("foam-roller"), MASSAGE_BALL("massage-ball"), TENNIS_BALL("tennis-ball"),
    RESISTANCE_BAND("resistance-band"), STEP("step"), DOORWAY("doorway"), TABLE("table"),
    DUMBBELL("dumbbell"), GYM_BALL("gym-ball"), STICK("stick");

    private final String code;

    Equipment(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String label() {
        String text = code.replace('-', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static Equipment fromCode(String code) {
        return Codes.find(values(), Equipment::code, code);
    }
}
