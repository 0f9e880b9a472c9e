package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire answered on paper, as the therapist types it in: the measure, the date the
 * patient filled it in, the answer(s) ticked per item (an absent or empty list is a blank item) and,
 * for a measure whose items the patient names (PSFS), the activity written beside each.
 */
public record PaperAnswers(String questionnaire, LocalDate answeredOn, Map<String, List<Integer>> ticks,
        Map<String, String> labels) {

    public PaperAnswers {
        ticks = ticks == null ? Map.of() : Map.copyOf(ticks);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public PaperAnswers(String questionnaire, LocalDate answeredOn, Map<String, List<Integer>> ticks) {
        this(questionnaire, answeredOn, ticks, Map.of());
    }
}
