package app.plumbline.outcome;

/** A scored response: the value on the measure's scale, and how many items were answered of how many. */
public record Score(double value, int answered, int items) {

    public int missing() {
        return items - answered;
    }
}
