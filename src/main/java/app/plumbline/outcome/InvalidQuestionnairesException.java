package app.plumbline.outcome;

import java.util.List;

/** The questionnaire files hold problems; each is "file: field: message". Nothing is loaded. */
public class InvalidQuestionnairesException extends RuntimeException {

    private final List<String> problems;

    public InvalidQuestionnairesException(List<String> problems) {
        super("The questionnaire files have " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
