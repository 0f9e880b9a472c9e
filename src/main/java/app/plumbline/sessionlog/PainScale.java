package app.plumbline.sessionlog;

import app.plumbline.base.FieldProblem;
import java.util.Optional;

/**
 * The 0–10 scale pain during an exercise is rated on, and its zones in the pain-monitoring model
 * (Silbernagel et al., 2007): 0–2 safe, 3–5 acceptable, above 5 too much. A clinic may draw the
 * "too much" line elsewhere (its regress pain, on the Thresholds screen): {@code tooMuchAbove}.
 * Severe pain, a red flag for the therapist, starts at {@link #SEVERE_FROM} whatever the clinic.
 * The one place the range, the zones and the field check with its message live.
 */
public record PainScale(int tooMuchAbove) {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** Pain up to this is safe during exercise. */
    public static final int SAFE_UP_TO = 2;
    /** Pain up to this is acceptable during exercise; above it is too much (the model's line). */
    public static final int ACCEPTABLE_UP_TO = 5;
    /** Pain during an exercise at this level or above raises a red flag for the therapist. */
    public static final int SEVERE_FROM = 8;

    /** The scale as the pain-monitoring model draws it. */
    public static final PainScale MODEL = new PainScale(ACCEPTABLE_UP_TO);

    public enum Zone { SAFE, ACCEPTABLE, TOO_MUCH }

    public PainScale {
        if (tooMuchAbove < MIN || tooMuchAbove >= MAX) {
            throw new IllegalArgumentException("Too much must start inside the scale: above " + tooMuchAbove);
        }
    }

    /** The zone of a rating on this scale; safe never reaches past the "too much" line. */
    public Zone zone(int pain) {
        if (!inRange(pain)) {
            throw new IllegalArgumentException("Pain " + pain + " is not on the " + name());
        }
        if (pain > tooMuchAbove) {
            return Zone.TOO_MUCH;
        }
        return pain <= SAFE_UP_TO ? Zone.SAFE : Zone.ACCEPTABLE;
    }

    /** Whether a rating (null: not given) is more than exercise should cause. */
    public boolean tooMuch(Integer pain) {
        return pain != null && pain > tooMuchAbove;
    }

    /** "above 5/10": the "too much" line as the texts show it. */
    public String tooMuchText() {
        return "above " + tooMuchAbove + "/" + MAX;
    }

    /** Whether a rating (null: not given) is severe enough for a red flag. */
    public static boolean severe(Integer pain) {
        return pain != null && pain >= SEVERE_FROM;
    }

    public static boolean inRange(Integer pain) {
        return pain != null && pain >= MIN && pain <= MAX;
    }

    /** "the 0–10 scale". */
    public static String name() {
        return "the " + MIN + "–" + MAX + " scale";
    }

    /**
     * The problem with a pain field, if any: required and missing, or off the scale. The
     * messages name the range; a required rating asks for the pain during the exercise.
     */
    public static Optional<FieldProblem> check(String field, Integer pain, boolean required) {
        if (required && !inRange(pain)) {
            return Optional.of(new FieldProblem(field,
                    "Choose your pain during the exercise, from " + MIN + " to " + MAX + "."));
        }
        if (pain != null && !inRange(pain)) {
            return Optional.of(new FieldProblem(field, "Pain is a number from " + MIN + " to " + MAX + "."));
        }
        return Optional.empty();
    }
}
