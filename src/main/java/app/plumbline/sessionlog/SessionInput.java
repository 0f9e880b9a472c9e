package app.plumbline.sessionlog;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as the patient saves it. The submission key is made once per form, so saving twice
 * (a double click, a retry after a dropped connection) stores one session, not two.
 */
public record SessionInput(String submissionKey, List<ExerciseLog> exercises, String note) {

    public SessionInput {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        note = Text.strippedOrNull(note);
    }

    /** Whether any exercise done hurt more than the scale accepts during exercise. */
    public boolean tooPainful(PainScale scale) {
        return exercises.stream().anyMatch(e -> !e.skipped() && scale.tooMuch(e.pain()));
    }

    /** Every problem at once, with the same field names wherever the session comes from. */
    void validate(SessionLog.Source source) {
        List<FieldProblem> problems = new ArrayList<>();
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 64) {
            problems.add(new FieldProblem("form", "Please reload the page and try again."));
        }
        if (exercises.isEmpty()) {
            problems.add(new FieldProblem("form", "There is nothing to save yet."));
        }
        for (int i = 0; i < exercises.size(); i++) {
            problems.addAll(exercises.get(i).problems(i, source));
        }
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "Keep the note under 1000 characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
