package app.plumbline.outcome;

import app.plumbline.base.FieldProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The activity names of a paper form whose items the patient names (PSFS): what must be there, and what is kept. */
final class PaperCheck {

    /** The field of an item's activity name, next to the item's own field (its key). */
    static String labelField(String itemKey) {
        return itemKey + ".label";
    }

    private PaperCheck() {
    }

    static List<FieldProblem> labelProblems(Questionnaire q, PaperAnswers paper) {
        if (!q.patientNamesItems()) {
            return List.of();
        }
        return q.items().stream().flatMap(item -> {
            boolean answered = !paper.ticks().getOrDefault(item.key(), List.of()).isEmpty();
            String name = paper.labels().get(item.key());
            String stripped = name == null ? "" : name.strip();
            if (answered && stripped.isEmpty()) {
                return java.util.stream.Stream.of(new FieldProblem(labelField(item.key()),
                        "Write the activity the patient rated."));
            }
            if (stripped.length() > OutcomeResponse.MAX_LABEL) {
                return java.util.stream.Stream.of(new FieldProblem(labelField(item.key()),
                        "Write the activity in up to " + OutcomeResponse.MAX_LABEL + " characters."));
            }
            if (!answered && !stripped.isEmpty()) {
                return java.util.stream.Stream.of(new FieldProblem(item.key(), "Give the score the patient wrote for "
                        + stripped + "."));
            }
            return java.util.stream.Stream.<FieldProblem>empty();
        }).toList();
    }

    /** The names kept: stripped, only for measures whose items the patient names. */
    static Map<String, String> labels(Questionnaire q, PaperAnswers paper) {
        Map<String, String> kept = new HashMap<>();
        if (q.patientNamesItems()) {
            paper.labels().forEach((key, name) -> {
                if (name != null && !name.isBlank()) {
                    kept.put(key, name.strip());
                }
            });
        }
        return kept;
    }
}
