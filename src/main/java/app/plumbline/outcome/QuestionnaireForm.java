package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire as the patient answers it: the measure, the response being filled in and the
 * answers saved so far; for PSFS the activities named last time, to rate again.
 */
public record QuestionnaireForm(Long responseId, Questionnaire questionnaire, LocalDate dueOn, Occasion occasion,
        Map<String, Answer> saved, Map<String, String> previousLabels) {

    public int answeredCount() {
        return saved.size();
    }

    public List<Questionnaire.Item> items() {
        return questionnaire.items();
    }
}
