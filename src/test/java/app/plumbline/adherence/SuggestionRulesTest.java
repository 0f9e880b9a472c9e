package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.sessionlog.Difficulty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule at its boundary: triggered exactly at the threshold, not one step before. */
class SuggestionRulesTest {

    static final Thresholds T = Thresholds.DEFAULTS;
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static List<Evidence.LogPoint> logs(int[] pains, int tooEasy) {
        List<Evidence.LogPoint> logs = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            logs.add(new Evidence.LogPoint(DAY.minusDays(i), pains[i], i < tooEasy ? Difficulty.TOO_EASY
                    : Difficulty.ABOUT_RIGHT));
        }
        return logs;
    }

    static Evidence.ExerciseEvidence exercise(long id, Integer adherence, int[] pains, int tooEasy) {
        return new Evidence.ExerciseEvidence(id, "Exercise " + id, adherence, logs(pains, tooEasy), "harder-" + id,
                "easier-" + id);
    }

    static Evidence evidence(Integer program, int daysWithoutLog, boolean worseTwice, Evidence.ExerciseEvidence... e) {
        return new Evidence(List.of(e), program, daysWithoutLog, worseTwice, DAY);
    }

    static List<SuggestionRule> rules(Evidence evidence) {
        return SuggestionRules.apply(evidence, T).stream().map(Suggestion::rule).toList();
    }

    @Test
    void progressAtEightyPercentPainThreeAndThreeTooEasy() {
        var e = exercise(1, 80, new int[] {3, 3, 2, 1, 0}, 3);
        var suggestions = SuggestionRules.apply(evidence(90, 0, false, e), T);
        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(SuggestionRule.PROGRESS);
            assertThat(s.change()).isEqualTo(Suggestion.Change.SWITCH_TO_PROGRESSION);
            assertThat(s.evidence()).contains("Adherence 80 %", "3 of the last 5");
        });
        assertThat(rules(evidence(90, 0, false, exercise(1, 79, new int[] {3, 3, 2, 1, 0}, 3)))).isEmpty();
        assertThat(rules(evidence(90, 0, false, exercise(1, 80, new int[] {4, 3, 2, 1, 0}, 3)))).isEmpty();
        assertThat(rules(evidence(90, 0, false, exercise(1, 80, new int[] {3, 3, 2, 1, 0}, 2)))).isEmpty();
        assertThat(rules(evidence(90, 0, true, exercise(1, 80, new int[] {3, 3, 2, 1, 0}, 3))))
                .doesNotContain(SuggestionRule.PROGRESS);
    }

    @Test
    void neverProposesAHarderVersionThatAddsAContraindication() {
        var e = new Evidence.ExerciseEvidence(1L, "Bird dog", 80, logs(new int[] {3, 3, 2, 1, 0}, 3), "harder-1",
                "easier-1", true);
        assertThat(SuggestionRules.apply(evidence(90, 0, false, e), T)).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(SuggestionRule.PROGRESS);
            assertThat(s.change()).isEqualTo(Suggestion.Change.STEP_UP);
            assertThat(s.evidence()).contains("contraindications this one lacks");
        });
    }

    @Test
    void theRulesBasisNamesTheModelsNumbersByDefault() {
        assertThat(SuggestionRule.REGRESS.basis(T)).contains("pain during above 5/10").doesNotContain("clinic");
        assertThat(SuggestionRule.PROGRESS.basis(T)).contains("pain during ≤ 3/10");
        assertThat(SuggestionRule.SIMPLIFY.basis(T)).doesNotContain("%");
    }

    @Test
    void aClinicWithARegressPainOfFourIsToldAboveFourInTheNumbersAndTheBasis() {
        var four = new Thresholds(80, 2, 3, 4, 2, 50, 3, 5, 7, 2, 3);
        var e = exercise(1, 90, new int[] {5, 2, 5, 1, 1}, 0);

        assertThat(SuggestionRules.apply(evidence(90, 0, false, e), four)).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(SuggestionRule.REGRESS);
            assertThat(s.evidence()).startsWith("Pain during above 4/10 in 2 of the last 5 logs");
        });
        assertThat(rules(evidence(90, 0, false, e))).doesNotContain(SuggestionRule.REGRESS);
        assertThat(SuggestionRule.REGRESS.basis(four)).contains("pain during above 4/10")
                .contains("the model's is above 5/10").doesNotContain("above 5/10,");
        assertThat(SuggestionRule.PROGRESS.basis(four)).contains("pain during ≤ 2/10");
    }

    @Test
    void regressWhenPainIsAboveFiveInTwoOfTheLastFive() {
        var e = exercise(1, 90, new int[] {6, 2, 6, 1, 1}, 0);
        assertThat(SuggestionRules.apply(evidence(90, 0, false, e), T)).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(SuggestionRule.REGRESS);
            assertThat(s.change()).isEqualTo(Suggestion.Change.SWITCH_TO_REGRESSION);
            assertThat(s.evidence()).contains("2 of the last 5", "6/10, 2/10, 6/10");
        });
        assertThat(rules(evidence(90, 0, false, exercise(1, 90, new int[] {5, 5, 5, 5, 5}, 0)))).isEmpty();
        assertThat(rules(evidence(90, 0, false, exercise(1, 90, new int[] {6, 2, 2, 2, 2}, 0)))).isEmpty();
    }

    @Test
    void twoWorseMorningsRegressTheMostPainfulExerciseOnly() {
        var mild = exercise(1, 90, new int[] {1, 1, 1}, 0);
        var sore = exercise(2, 90, new int[] {4, 5, 4}, 0);
        var suggestions = SuggestionRules.apply(evidence(90, 0, true, mild, sore), T);
        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(SuggestionRule.REGRESS);
            assertThat(s.exerciseId()).isEqualTo(2L);
            assertThat(s.evidence()).startsWith("Worse next morning on two session days in a row");
        });
    }

    @Test
    void withoutAnEasierVersionRegressIsADoseStepDown() {
        var e = new Evidence.ExerciseEvidence(1L, "Bridge", 90, logs(new int[] {7, 7}, 0), null, null);
        assertThat(SuggestionRules.apply(evidence(90, 0, false, e), T).getFirst().change())
                .isEqualTo(Suggestion.Change.STEP_DOWN);
    }

    @Test
    void simplifyBelowFiftyPercentWithMoreThanThreeExercises() {
        var four = new Evidence.ExerciseEvidence[] {exercise(1, 40, new int[] {}, 0), exercise(2, 40, new int[] {}, 0),
                exercise(3, 40, new int[] {}, 0), exercise(4, 40, new int[] {}, 0)};
        assertThat(rules(evidence(49, 0, false, four))).containsExactly(SuggestionRule.SIMPLIFY);
        assertThat(rules(evidence(50, 0, false, four))).isEmpty();
        assertThat(rules(evidence(20, 0, false, exercise(1, 20, new int[] {}, 0)))).isEmpty();
    }

    @Test
    void checkInAfterFiveScheduledDaysWithoutALog() {
        assertThat(rules(evidence(60, 5, false))).containsExactly(SuggestionRule.CHECK_IN);
        assertThat(rules(evidence(60, 4, false))).isEmpty();
    }

    @Test
    void noSimplifyOrCheckInBeforeTheProgramHasSettled() {
        var four = new Evidence.ExerciseEvidence[] {exercise(1, 0, new int[] {}, 0), exercise(2, 0, new int[] {}, 0),
                exercise(3, 0, new int[] {}, 0), exercise(4, 0, new int[] {}, 0)};
        var unsettled = new Evidence(List.of(four), 0, 5, false, null, false);
        assertThat(SuggestionRules.apply(unsettled, T)).isEmpty();
        var settled = new Evidence(List.of(four), 0, 5, false, null, true);
        assertThat(rules(settled)).containsExactly(SuggestionRule.CHECK_IN, SuggestionRule.SIMPLIFY);
        // The rule that decides "settled": activated (or logged on paper) and K scheduled days.
        assertThat(T.settled(true, T.settleScheduledDays() - 1)).isFalse();
        assertThat(T.settled(true, T.settleScheduledDays())).isTrue();
        assertThat(T.settled(false, 30)).isFalse();
    }
}
