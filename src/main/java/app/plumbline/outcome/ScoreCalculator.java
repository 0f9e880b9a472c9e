package app.plumbline.outcome;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.outcome.Questionnaire.Item;
import app.plumbline.outcome.Questionnaire.MultipleTicks;
import app.plumbline.outcome.Questionnaire.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores one response by the measure's published rule, as its file states it:
 * <ul>
 * <li>sum: the total of the answers, reverse items counted as scale.max + scale.min − answer; TSK-11
 * 11–44, EARS 0–24, NPRS 0–10;</li>
 * <li>mean: the average of the answered items; PSFS (3 to 5 activities), JFLS-8 (at most 2 blank);</li>
 * <li>percent: points ÷ (scale.max × answered items) × 100, so a skipped item lowers the denominator;
 * NDI, ODI.</li>
 * </ul>
 * An item ticked twice (typed in from paper) counts its higher answer where the rule says so (ODI),
 * and is refused otherwise. Every problem names its item (the item's key is the field).
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    /** ticks: item key → the answer(s) ticked; an absent key or an empty list is a blank item. */
    public static Score score(Questionnaire q, Map<String, List<Integer>> ticks) {
        ScoringRule rule = q.scoring();
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : ticks.keySet()) {
            if (q.item(key).isEmpty()) {
                problems.add(new FieldProblem(key, "This question is not part of the " + q.shortName() + "."));
            }
        }
        double total = 0;
        int answered = 0;
        List<String> blank = new ArrayList<>();
        for (Item item : q.items()) {
            List<Integer> given = ticks.getOrDefault(item.key(), List.of());
            if (given.isEmpty()) {
                blank.add(item.key());
                continue;
            }
            if (given.size() > 1 && rule.multipleTicks() != MultipleTicks.HIGHEST) {
                problems.add(new FieldProblem(item.key(), "Choose one answer."));
                continue;
            }
            int value = given.stream().max(Integer::compare).orElseThrow();
            if (given.stream().anyMatch(v -> v == null || !q.scale().contains(v))) {
                problems.add(new FieldProblem(item.key(), "Choose an answer from " + q.scale().min() + " to "
                        + q.scale().max() + "."));
                continue;
            }
            total += rule.reverseItems().contains(item.key()) ? q.scale().max() + q.scale().min() - value : value;
            answered++;
        }
        if (blank.size() > rule.maxMissing()) {
            if (rule.maxMissing() == 0) {
                blank.forEach(key -> problems.add(new FieldProblem(key, "Please answer this question.")));
            } else {
                problems.add(new FieldProblem(blank.getFirst(), "Please answer at least "
                        + (q.items().size() - rule.maxMissing()) + " of the " + q.items().size() + " questions ("
                        + blank.size() + " are blank)."));
            }
        }
        if (problems.isEmpty() && answered < Math.max(1, rule.minAnswered())) {
            problems.add(new FieldProblem(blank.isEmpty() ? q.items().getFirst().key() : blank.getFirst(),
                    "Please answer at least " + Math.max(1, rule.minAnswered()) + " questions."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        double value = switch (rule.method()) {
            case SUM -> total;
            case MEAN -> total / answered;
            case PERCENT -> total / (q.scale().max() * (double) answered) * 100;
        };
        return new Score(round(value), answered, q.items().size());
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
