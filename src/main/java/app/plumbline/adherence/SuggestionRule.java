package app.plumbline.adherence;

/** The four explicit rules, each with the basis it stands on. */
public enum SuggestionRule {
    PROGRESS("Progress", "Pain-monitoring model: pain during ≤ 3/10 with no worse next morning allows "
            + "progressing the load (Silbernagel et al., 2007)."),
    REGRESS("Regress", "Pain-monitoring model: pain during above 5/10, or a worse next morning, means "
            + "reducing the load (Silbernagel et al., 2007)."),
    SIMPLIFY("Simplify", "Adherence falls as the number of exercises rises; fewer exercises are done more "
            + "often."),
    CHECK_IN("Check in", "Patients who stop logging often stop exercising; a short contact helps them restart.");

    private final String label;
    private final String basis;

    SuggestionRule(String label, String basis) {
        this.label = label;
        this.basis = basis;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
    }
}
