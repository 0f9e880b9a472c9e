package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.outcome.MeasureResult;
import app.plumbline.outcome.MeasureResult.Point;
import app.plumbline.outcome.Occasion;
import app.plumbline.outcome.OutcomeChange;
import app.plumbline.outcome.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function better by the MDC with pain ≤ 2 for two weeks suggests progressing or discharge; at the edges. */
class OutcomeRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    private static final Evidence NO_LOGS = new Evidence(List.of(), 90, 0, false, DAY);

    /** PSFS with its MDC of 2 points (questionnaires/psfs.yaml). */
    private static MeasureResult psfs(double baseline, double latest) {
        var points = List.of(new Point(DAY.minusWeeks(8), baseline, Occasion.BASELINE),
                new Point(DAY, latest, Occasion.REPEAT));
        var change = new OutcomeChange(baseline, latest, latest - baseline, false, latest - baseline >= 2, null, 2.0);
        return new MeasureResult("psfs", "PSFS", "Patient-Specific Functional Scale", Questionnaire.Kind.FUNCTION,
                "points (mean)", Questionnaire.Better.HIGHER, 0, 10, points, change);
    }

    private static MeasureResult nprs(double before, int daysApart, double latest) {
        var points = List.of(new Point(DAY.minusDays(daysApart), before, Occasion.REPEAT),
                new Point(DAY, latest, Occasion.REPEAT));
        return new MeasureResult("nprs", "NPRS", "Numeric Pain Rating Scale", Questionnaire.Kind.PAIN, "points",
                Questionnaire.Better.LOWER, 0, 10, points, null);
    }

    @Test
    void functionBeyondTheMdcAndLowPainForTwoWeeksSuggestsProgressOrDischarge() {
        var s = OutcomeRule.apply(List.of(psfs(4, 6), nprs(2, 14, 1)), NO_LOGS).orElseThrow();
        assertThat(s.rule()).isEqualTo(SuggestionRule.OUTCOME);
        assertThat(s.change()).isEqualTo(Suggestion.Change.NONE);
        assertThat(s.evidence()).isEqualTo("PSFS 4 → 6 points (mean) since baseline (better by 2; rule: at least the "
                + "MDC 2), NPRS 2 and 1 (rule: both ≤ 2, 14 days or more apart).");
    }

    @Test
    void notBelowTheMdcNorWithPainAboveTwoNorWithinTwoWeeks() {
        assertThat(OutcomeRule.apply(List.of(psfs(4, 5.9), nprs(2, 14, 1)), NO_LOGS)).isEmpty();
        assertThat(OutcomeRule.apply(List.of(psfs(4, 6), nprs(3, 14, 1)), NO_LOGS)).isEmpty();
        assertThat(OutcomeRule.apply(List.of(psfs(4, 6), nprs(2, 13, 2)), NO_LOGS)).isEmpty();
        assertThat(OutcomeRule.apply(List.of(psfs(6, 4), nprs(1, 28, 1)), NO_LOGS)).isEmpty();
    }

    @Test
    void withoutAnNprsTheSessionPainDecides() {
        var calm = new Evidence.ExerciseEvidence(1L, "Chin tuck", 90,
                List.of(new Evidence.LogPoint(DAY, 2, null), new Evidence.LogPoint(DAY.minusDays(1), 1, null)), null, null);
        var sore = new Evidence.ExerciseEvidence(1L, "Chin tuck", 90,
                List.of(new Evidence.LogPoint(DAY, 3, null)), null, null);
        assertThat(OutcomeRule.apply(List.of(psfs(4, 6)), new Evidence(List.of(calm), 90, 0, false, DAY))).isPresent();
        assertThat(OutcomeRule.apply(List.of(psfs(4, 6)), new Evidence(List.of(sore), 90, 0, false, DAY))).isEmpty();
        assertThat(OutcomeRule.apply(List.of(psfs(4, 6)), NO_LOGS)).isEmpty();
    }
}
