package app.plumbline.adherence;

import app.plumbline.base.FieldProblem;
import app.plumbline.sessionlog.PainScale;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers the suggestion rules and the alerts use, a clinic setting. The defaults follow the
 * pain-monitoring model (Silbernagel et al., 2007) and the adherence evidence in the README.
 */
public record Thresholds(int progressAdherence, int progressMaxPain, int progressTooEasyOf5, int regressPain,
        int regressPainOf5, int simplifyBelowAdherence, int simplifyKeep, int checkInAfterDays, int alertPain,
        int alertPainRise, int settleScheduledDays) {

    /** Regress pain is the model's line between acceptable and too much pain during exercise. */
    public static final Thresholds DEFAULTS = new Thresholds(80, 3, 3, PainScale.ACCEPTABLE_UP_TO, 2, 50, 3, 5, 7, 2, 3);

    /**
     * The pain scale with this clinic's "too much" line: pain during above the regress pain. Only
     * for thresholds that passed {@link #problems()}.
     */
    public PainScale painScale() {
        return new PainScale(regressPain);
    }

    /**
     * Whether a patient's program has run long enough to judge adherence: they have activated their
     * account or logged on paper, and it has had settleScheduledDays scheduled days. Before that no
     * adherence or no-log alert and no check-in or simplify suggestion is raised.
     */
    public boolean settled(boolean engaged, int scheduledDaysSoFar) {
        return engaged && scheduledDaysSoFar >= settleScheduledDays;
    }

    /** Each number outside its sensible range, by field name. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        range(problems, "progressAdherence", progressAdherence, 0, 100, "%");
        String onTheScale = "on " + PainScale.name();
        range(problems, "progressMaxPain", progressMaxPain, PainScale.MIN, PainScale.MAX, onTheScale);
        range(problems, "progressTooEasyOf5", progressTooEasyOf5, 1, 5, "of the last 5 logs");
        range(problems, "regressPain", regressPain, PainScale.MIN, PainScale.MAX - 1, onTheScale);
        range(problems, "regressPainOf5", regressPainOf5, 1, 5, "of the last 5 logs");
        range(problems, "simplifyBelowAdherence", simplifyBelowAdherence, 1, 100, "%");
        range(problems, "simplifyKeep", simplifyKeep, 1, 10, "exercises");
        range(problems, "checkInAfterDays", checkInAfterDays, 1, 60, "scheduled days");
        range(problems, "alertPain", alertPain, PainScale.MIN + 1, PainScale.MAX, onTheScale);
        range(problems, "alertPainRise", alertPainRise, 1, 10, "points");
        range(problems, "settleScheduledDays", settleScheduledDays, 1, 28, "scheduled days");
        boolean painsInRange = problems.stream()
                .noneMatch(p -> p.field().equals("progressMaxPain") || p.field().equals("regressPain"));
        if (painsInRange && progressMaxPain >= regressPain) {
            problems.add(new FieldProblem("progressMaxPain",
                    "Must be below the regress pain (" + regressPain + "), or one log could both progress and regress."));
        }
        return problems;
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "Between " + min + " and " + max + " " + unit + "."));
        }
    }
}
