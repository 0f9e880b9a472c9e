package app.plumbline.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of each shipped rule, at its edges and with missing items. */
class ScoreCalculatorTest {

    private static Map<String, List<Integer>> answers(Questionnaire q, int... values) {
        Map<String, List<Integer>> map = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= 0) {
                map.put(q.items().get(i).key(), List.of(values[i]));
            }
        }
        return map;
    }

    private static List<String> problems(Questionnaire q, Map<String, List<Integer>> answers) {
        try {
            ScoreCalculator.score(q, answers);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("expected the answers to be refused");
    }

    @Test
    void ndiSkippedSectionLowersTheDenominator() {
        Questionnaire ndi = ShippedQuestionnaires.get("ndi");
        // All ten answered: 20 of 50 points = 40 %.
        assertThat(ScoreCalculator.score(ndi, answers(ndi, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).value()).isEqualTo(40.0);
        // Driving skipped: 18 of 45 points = 40 %, not 36 %.
        var skipped = ScoreCalculator.score(ndi, answers(ndi, 2, 2, 2, 2, 2, 2, 2, -1, 2, 2));
        assertThat(skipped.value()).isEqualTo(40.0);
        assertThat(skipped.answered()).isEqualTo(9);
        // Edges: all 0 → 0 %, all 5 → 100 %.
        assertThat(ScoreCalculator.score(ndi, answers(ndi, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).value()).isZero();
        assertThat(ScoreCalculator.score(ndi, answers(ndi, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).value()).isEqualTo(100.0);
        // Three sections skipped is more than the limit of two.
        assertThat(problems(ndi, answers(ndi, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1)))
                .containsExactly("driving: Please answer at least 8 of the 10 questions (3 are blank).");
    }

    @Test
    void odiTwoStatementsTickedCountTheHigher() {
        Questionnaire odi = ShippedQuestionnaires.get("odi");
        var ticks = answers(odi, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        ticks.put("lifting", List.of(2, 4));
        // 9 + 4 = 13 of 50 = 26 %.
        assertThat(ScoreCalculator.score(odi, ticks).value()).isEqualTo(26.0);
        // Sex life skipped: 9 of 45 = 20 %.
        assertThat(ScoreCalculator.score(odi, answers(odi, 1, 1, 1, 1, 1, 1, 1, -1, 1, 1)).value()).isEqualTo(20.0);
    }

    @Test
    void psfsAveragesThreeToFiveActivities() {
        Questionnaire psfs = ShippedQuestionnaires.get("psfs");
        assertThat(ScoreCalculator.score(psfs, answers(psfs, 3, 4, 8)).value()).isEqualTo(5.0);
        assertThat(ScoreCalculator.score(psfs, answers(psfs, 3, 4, 8, 2, 10)).value()).isEqualTo(5.4);
        assertThat(ScoreCalculator.score(psfs, answers(psfs, 0, 0, 0)).value()).isZero();
        assertThat(problems(psfs, answers(psfs, 3, 4))).hasSize(1).first().asString().contains("at least 3");
        assertThat(problems(psfs, answers(psfs, 3, 11, 4))).containsExactly("activity-2: Choose an answer from 0 to 10.");
    }

    @Test
    void tsk11RunsFrom11To44AndNeedsEveryItem() {
        Questionnaire tsk = ShippedQuestionnaires.get("tsk-11");
        assertThat(tsk.items()).hasSize(11);
        assertThat(ScoreCalculator.score(tsk, answers(tsk, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).value()).isEqualTo(11.0);
        assertThat(ScoreCalculator.score(tsk, answers(tsk, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).value()).isEqualTo(44.0);
        assertThat(problems(tsk, answers(tsk, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, -1))).containsExactly(
                "q17: Please answer this question.");
        assertThat(problems(tsk, answers(tsk, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4))).containsExactly(
                "q1: Choose an answer from 1 to 4.");
    }

    @Test
    void jfls8IsTheMeanWithAtMostTwoBlank() {
        Questionnaire jfls = ShippedQuestionnaires.get("jfls-8");
        assertThat(ScoreCalculator.score(jfls, answers(jfls, 0, 0, 0, 0, 0, 0, 0, 0)).value()).isZero();
        assertThat(ScoreCalculator.score(jfls, answers(jfls, 10, 10, 10, 10, 10, 10, 10, 10)).value()).isEqualTo(10.0);
        // Two blank: the mean of six, 24 / 6 = 4.
        assertThat(ScoreCalculator.score(jfls, answers(jfls, 4, 4, 4, -1, 4, -1, 4, 4)).value()).isEqualTo(4.0);
        assertThat(problems(jfls, answers(jfls, 4, 4, 4, -1, 4, -1, -1, 4))).hasSize(1);
    }

    @Test
    void earsCountsThePositivelyWordedItemsReversed() {
        Questionnaire ears = ShippedQuestionnaires.get("ears");
        // Completely agree (0) with the positive items 1, 4, 6 and completely disagree (4) with the
        // negative ones 2, 3, 5 is the best adherence: 24.
        assertThat(ScoreCalculator.score(ears, answers(ears, 0, 4, 4, 0, 4, 0)).value()).isEqualTo(24.0);
        assertThat(ScoreCalculator.score(ears, answers(ears, 4, 0, 0, 4, 0, 4)).value()).isZero();
    }

    @Test
    void nprsIsTheOneAnswer() {
        Questionnaire nprs = ShippedQuestionnaires.get("nprs");
        assertThat(ScoreCalculator.score(nprs, answers(nprs, 7)).value()).isEqualTo(7.0);
        assertThat(problems(nprs, Map.of())).containsExactly("pain: Please answer this question.");
    }

    @Test
    void anAnswerToAQuestionThatIsNotThereIsRefused() {
        Questionnaire nprs = ShippedQuestionnaires.get("nprs");
        var tampered = new HashMap<>(answers(nprs, 3));
        tampered.put("other", List.of(1));
        assertThat(problems(nprs, tampered)).containsExactly("other: This question is not part of the NPRS.");
    }

    @Test
    void twoTicksAreRefusedWhereTheRuleDoesNotSayHigher() {
        Questionnaire nprs = ShippedQuestionnaires.get("nprs");
        assertThat(problems(nprs, Map.of("pain", List.of(3, 4)))).containsExactly("pain: Choose one answer.");
    }

}
