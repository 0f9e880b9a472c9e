package app.plumbline.program;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A program's goal, review date and ordered prescriptions, as drafted or published. */
public record ProgramContent(String goal, LocalDate reviewDate, List<Prescription> prescriptions) {

    public static final int MAX_PRESCRIPTIONS = 20;

    public ProgramContent {
        goal = Text.strippedOrNull(goal);
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
    }

    /** Problems named by field; a prescription's fields as "rx[index].field". */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (goal != null && goal.length() > 500) {
            problems.add(new FieldProblem("goal", "Keep the goal under 500 characters."));
        }
        if (reviewDate != null && reviewDate.isBefore(today.minusYears(1))) {
            problems.add(new FieldProblem("reviewDate", "Choose a review date that is not long past."));
        }
        if (prescriptions.size() > MAX_PRESCRIPTIONS) {
            problems.add(new FieldProblem("prescriptions", "A program holds at most " + MAX_PRESCRIPTIONS + " exercises."));
        }
        for (int i = 0; i < prescriptions.size(); i++) {
            for (FieldProblem p : prescriptions.get(i).problems()) {
                problems.add(new FieldProblem("rx[" + i + "]." + p.field(), p.message()));
            }
        }
        return problems;
    }
}
