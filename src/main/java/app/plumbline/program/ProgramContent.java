package app.plumbline.program;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A program's goal, review date, ordered prescriptions and the everyday advice (advice item slugs,
 * in order), as drafted or published.
 */
public record ProgramContent(String goal, LocalDate reviewDate, List<Prescription> prescriptions,
        List<String> advice) {

    public static final int MAX_PRESCRIPTIONS = 20;
    public static final int MAX_ADVICE = 12;

    public ProgramContent {
        goal = Text.strippedOrNull(goal);
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** Content without advice (templates, and versions published before advice existed). */
    public ProgramContent(String goal, LocalDate reviewDate, List<Prescription> prescriptions) {
        this(goal, reviewDate, prescriptions, List.of());
    }

    public ProgramContent withAdvice(List<String> slugs) {
        return new ProgramContent(goal, reviewDate, prescriptions, slugs);
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
        if (advice.size() > MAX_ADVICE) {
            problems.add(new FieldProblem("advice", "Choose at most " + MAX_ADVICE + " pieces of advice."));
        }
        if (advice.stream().distinct().count() < advice.size()) {
            problems.add(new FieldProblem("advice", "A piece of advice is in the program twice."));
        }
        for (int i = 0; i < prescriptions.size(); i++) {
            for (FieldProblem p : prescriptions.get(i).problems()) {
                problems.add(new FieldProblem("rx[" + i + "]." + p.field(), p.message()));
            }
        }
        return problems;
    }
}
