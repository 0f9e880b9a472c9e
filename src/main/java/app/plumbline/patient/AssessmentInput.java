package app.plumbline.patient;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An assessment as the therapist records it: a date, a note and one or more findings. */
public record AssessmentInput(LocalDate assessedOn, String note, List<Finding> findings) {

    public AssessmentInput {
        note = Text.strippedOrNull(note);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    void validate(LocalDate today, Set<String> patterns) {
        List<FieldProblem> problems = problems(today, patterns);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every problem of the assessment at once, each at its field. */
    List<FieldProblem> problems(LocalDate today, Set<String> patterns) {
        List<FieldProblem> problems = new ArrayList<>();
        if (assessedOn == null || assessedOn.isAfter(today) || assessedOn.isBefore(today.minusYears(20))) {
            problems.add(new FieldProblem("assessedOn", "Enter the date of the assessment (not in the future)."));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new FieldProblem("note", "Keep the note under 2000 characters."));
        }
        if (findings.isEmpty() || findings.size() > 12) {
            problems.add(new FieldProblem("findings", "Record 1 to 12 findings."));
        }
        for (Finding f : findings) {
            if (f.patternSlug() == null || !patterns.contains(f.patternSlug()) || f.side() == null
                    || f.severity() < 1 || f.severity() > 3) {
                problems.add(new FieldProblem("findings", "Choose a pattern, a side and a severity of 1 to 3 on every row."));
                break;
            }
            if (f.note() != null && f.note().length() > 1000) {
                problems.add(new FieldProblem("findings", "Keep each finding's note under 1000 characters."));
                break;
            }
        }
        if (findings.stream().map(f -> f.patternSlug() + f.side()).distinct().count() < findings.size()) {
            problems.add(new FieldProblem("findings", "The same pattern and side are listed twice."));
        }
        return problems;
    }
}
