package app.plumbline.adherence;

import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.PainScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The explicit rules, each stated with its numbers (the defaults; a clinic sets its own in {@link Thresholds}):
 * <ul>
 * <li>Progress: exercise adherence ≥ 80 % over 14 days, pain during ≤ 3 in every one of the last five
 * logs, no worse next morning twice in a row, and "too easy" in ≥ 3 of the last 5 logs.</li>
 * <li>Regress: pain during above 5 in ≥ 2 of the last 5 logs, or a worse next morning twice in a row.</li>
 * <li>Simplify: program adherence below 50 % over 14 days (keep the three most done).</li>
 * <li>Check in: no log on 5 or more scheduled days.</li>
 * </ul>
 */
public final class SuggestionRules {

    private SuggestionRules() {
    }

    public static List<Suggestion> apply(Evidence evidence, Thresholds t) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (evidence.settled() && evidence.scheduledDaysWithoutLog() >= t.checkInAfterDays()) {
            suggestions.add(new Suggestion(SuggestionRule.CHECK_IN, null, "Contact the patient",
                    "No log on " + evidence.scheduledDaysWithoutLog() + " scheduled days (rule: "
                            + t.checkInAfterDays() + " or more).", Suggestion.Change.NONE));
        }
        if (evidence.settled() && evidence.programAdherence14() != null
                && evidence.programAdherence14() < t.simplifyBelowAdherence()
                && evidence.exercises().size() > t.simplifyKeep()) {
            suggestions.add(new Suggestion(SuggestionRule.SIMPLIFY, null,
                    "Keep the " + t.simplifyKeep() + " most-done exercises",
                    "Program adherence " + evidence.programAdherence14() + " % over 14 days (rule: below "
                            + t.simplifyBelowAdherence() + " %), with " + evidence.exercises().size()
                            + " exercises.", Suggestion.Change.KEEP_MOST_DONE));
        }
        for (Evidence.ExerciseEvidence e : evidence.exercises()) {
            regress(e, painful(e, t), t).ifPresent(suggestions::add);
        }
        if (evidence.worseTwiceInARow() && suggestions.stream().noneMatch(s -> s.rule() == SuggestionRule.REGRESS)) {
            evidence.exercises().stream().filter(e -> !e.lastLogs().isEmpty())
                    .max(java.util.Comparator.comparingDouble(SuggestionRules::meanPain))
                    .flatMap(e -> regress(e, -1, t)).ifPresent(suggestions::add);
        }
        for (Evidence.ExerciseEvidence e : evidence.exercises()) {
            if (suggestions.stream().noneMatch(s -> Objects.equals(s.exerciseId(), e.exerciseId()))) {
                progress(e, evidence, t).ifPresent(suggestions::add);
            }
        }
        return suggestions;
    }

    private static long painful(Evidence.ExerciseEvidence e, Thresholds t) {
        PainScale scale = t.painScale();
        return e.lastLogs().stream().filter(l -> scale.tooMuch(l.pain())).count();
    }

    private static double meanPain(Evidence.ExerciseEvidence e) {
        return e.lastLogs().stream().filter(l -> l.pain() != null).mapToInt(Evidence.LogPoint::pain).average()
                .orElse(0);
    }

    /** painful = logs above the pain threshold, or -1 when the trigger is two worse mornings in a row. */
    private static java.util.Optional<Suggestion> regress(Evidence.ExerciseEvidence e, long painful, Thresholds t) {
        if (painful >= 0 && painful < t.regressPainOf5()) {
            return java.util.Optional.empty();
        }
        String why = painful >= t.regressPainOf5()
                ? "Pain during " + t.painScale().tooMuchText() + " in " + painful + " of the last "
                        + e.lastLogs().size() + " logs (" + pains(e) + "; rule: " + t.regressPainOf5() + " of 5)."
                : "Worse next morning on two session days in a row; " + e.name() + " has the highest recent pain ("
                        + pains(e) + ").";
        boolean switchTo = e.regression() != null;
        return java.util.Optional.of(new Suggestion(SuggestionRule.REGRESS, e.exerciseId(),
                (switchTo ? "Switch " + e.name() + " to its easier version" : "Reduce the dose of " + e.name()),
                why, switchTo ? Suggestion.Change.SWITCH_TO_REGRESSION : Suggestion.Change.STEP_DOWN));
    }

    private static java.util.Optional<Suggestion> progress(Evidence.ExerciseEvidence e, Evidence evidence,
            Thresholds t) {
        if (e.adherence14() == null || e.adherence14() < t.progressAdherence() || evidence.worseTwiceInARow()
                || e.lastLogs().isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean calm = e.lastLogs().stream().allMatch(l -> l.pain() == null || l.pain() <= t.progressMaxPain());
        long easy = e.lastLogs().stream().filter(l -> l.difficulty() == Difficulty.TOO_EASY).count();
        if (!calm || easy < t.progressTooEasyOf5()) {
            return java.util.Optional.empty();
        }
        // A harder version that adds a contraindication is never proposed on its own: the therapist checks it.
        boolean switchTo = e.progression() != null && !e.progressionAddsContraindication();
        String check = e.progression() != null && !switchTo
                ? " Its harder version has contraindications this one lacks; check them before switching." : "";
        return java.util.Optional.of(new Suggestion(SuggestionRule.PROGRESS, e.exerciseId(),
                (switchTo ? "Switch " + e.name() + " to its harder version" : "Step up the dose of " + e.name()),
                "Adherence " + e.adherence14() + " % over 14 days (rule: ≥ " + t.progressAdherence() + " %), pain "
                        + pains(e) + " (rule: ≤ " + t.progressMaxPain() + "), \"too easy\" in " + easy + " of the last "
                        + e.lastLogs().size() + " logs (rule: " + t.progressTooEasyOf5() + " of 5)." + check,
                switchTo ? Suggestion.Change.SWITCH_TO_PROGRESSION : Suggestion.Change.STEP_UP));
    }

    private static String pains(Evidence.ExerciseEvidence e) {
        return String.join(", ", e.lastLogs().stream().map(l -> l.pain() == null ? "–" : l.pain() + "/10").toList());
    }
}
