package app.plumbline.catalog;

/**
 * Why an exercise fits a pattern, in words a therapist reads at a glance: "stretches upper
 * trapezius — overactive in forward head posture".
 */
public record FitReason(Side side, String text) {

    /** Which side of the imbalance the exercise addresses. */
    public enum Side { OVERACTIVE, UNDERACTIVE, LINKED }
}
