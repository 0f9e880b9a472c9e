package app.plumbline.outcome;

/** When in the course of care a questionnaire is answered. */
public enum Occasion {
    BASELINE("Baseline"), REPEAT("Follow-up"), DISCHARGE("Discharge");

    private final String label;

    Occasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
