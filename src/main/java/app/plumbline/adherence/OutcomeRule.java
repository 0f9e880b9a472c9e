package app.plumbline.adherence;

import app.plumbline.outcome.MeasureResult;
import app.plumbline.outcome.Questionnaire;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The rule that reads outcome measures: a function measure (PSFS, NDI, ODI, JFLS-8) better than at
 * baseline by at least its MDC (or its MCID where the file gives no MDC), and pain low for two
 * weeks: the last two NPRS answers both ≤ 2 and at least 14 days apart, or, without an NPRS, pain
 * during ≤ 2 in every one of the last five logs of each exercise → consider progressing the program
 * or planning discharge. It proposes no program change: the therapist decides.
 */
public final class OutcomeRule {

    static final int LOW_PAIN = 2;
    static final int PAIN_DAYS = 14;

    private OutcomeRule() {
    }

    public static Optional<Suggestion> apply(List<MeasureResult> outcomes, Evidence evidence) {
        Optional<MeasureResult> improved = outcomes.stream()
                .filter(r -> r.kind() == Questionnaire.Kind.FUNCTION && r.change() != null && r.change().improved()
                        && r.change().meaningful())
                .findFirst();
        if (improved.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> lowPain = lowPain(outcomes, evidence);
        if (lowPain.isEmpty()) {
            return Optional.empty();
        }
        MeasureResult r = improved.get();
        var c = r.change();
        String threshold = c.beyondMdc() ? "MDC " + number(c.mdc()) : "MCID " + number(c.mcid());
        return Optional.of(new Suggestion(SuggestionRule.OUTCOME, null, "Consider progressing the program or "
                + "planning discharge", r.shortName() + " " + number(c.baseline()) + " → " + number(c.latest()) + " "
                + r.unit() + " since baseline (better by " + number(c.improvement()) + "; rule: at least the "
                + threshold + "), " + lowPain.get() + ".", Suggestion.Change.NONE));
    }

    private static Optional<String> lowPain(List<MeasureResult> outcomes, Evidence evidence) {
        var nprs = outcomes.stream().filter(r -> r.kind() == Questionnaire.Kind.PAIN).findFirst();
        if (nprs.isPresent()) {
            var points = nprs.get().points();
            if (points.size() < 2) {
                return Optional.empty();
            }
            var last = points.getLast();
            var before = points.get(points.size() - 2);
            boolean low = last.score() <= LOW_PAIN && before.score() <= LOW_PAIN
                    && ChronoUnit.DAYS.between(before.on(), last.on()) >= PAIN_DAYS;
            return low ? Optional.of("NPRS " + number(before.score()) + " and " + number(last.score())
                    + " (rule: both ≤ " + LOW_PAIN + ", " + PAIN_DAYS + " days or more apart)") : Optional.empty();
        }
        boolean logged = evidence.exercises().stream().anyMatch(e -> !e.lastLogs().isEmpty());
        boolean low = logged && evidence.exercises().stream().flatMap(e -> e.lastLogs().stream())
                .allMatch(l -> l.pain() == null || l.pain() <= LOW_PAIN);
        return low ? Optional.of("pain during ≤ " + LOW_PAIN + " in the last logs of every exercise (no NPRS)")
                : Optional.empty();
    }

    private static String number(Double value) {
        return value == null ? "–" : value % 1 == 0 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
