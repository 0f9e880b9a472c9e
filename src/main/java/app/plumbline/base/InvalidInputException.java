package app.plumbline.base;

import java.util.List;

/**
 * Input a service refused, naming the field(s) so the view can show each message there.
 * Services check everything again, whatever the view already checked.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    /** The field of the first problem. */
    public String field() {
        return problems.getFirst().field();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
