package app.plumbline.adherence;

import app.plumbline.sessionlog.PainScale;

/**
 * The explicit rules, each with the basis it stands on. The pain rules' bases name the
 * clinic's numbers ({@link Thresholds}), so the explanation says what the rule does.
 */
public enum SuggestionRule {
    PROGRESS("Progress", "Pain-monitoring model: pain during ≤ %d/10 with no worse next morning allows "
            + "progressing the load (Silbernagel et al., 2007)."),
    REGRESS("Regress", "Pain-monitoring model: pain during %s%s, or a worse next morning, means "
            + "reducing the load (Silbernagel et al., 2007)."),
    SIMPLIFY("Simplify", "Adherence falls as the number of exercises rises; fewer exercises are done more "
            + "often."),
    CHECK_IN("Check in", "Patients who stop logging often stop exercising; a short contact helps them restart."),
    OUTCOME("Outcome reached", "A change at least the measure's minimal detectable change (MDC) is beyond "
            + "measurement error, one at least its minimal clinically important difference (MCID) matters to "
            + "patients (sources in each questionnaire file); pain 0-2/10 is safe in the pain-monitoring model "
            + "(Silbernagel et al., 2007).");

    private final String label;
    private final String basis;

    SuggestionRule(String label, String basis) {
        this.label = label;
        this.basis = basis;
    }

    public String label() {
        return label;
    }

    /** The basis with the clinic's numbers in it. */
    public String basis(Thresholds t) {
        return switch (this) {
            case PROGRESS -> basis.formatted(t.progressMaxPain());
            case REGRESS -> {
                PainScale scale = t.painScale();
                String model = scale.equals(PainScale.MODEL) ? ""
                        : " (this clinic's line; the model's is " + PainScale.MODEL.tooMuchText() + ")";
                yield basis.formatted(scale.tooMuchText(), model);
            }
            default -> basis;
        };
    }
}
