package app.plumbline.base;

/** One thing wrong with one field of some input, in words for the person who typed it. */
public record FieldProblem(String field, String message) {

    public InvalidInputException toException() {
        return new InvalidInputException(field, message);
    }
}
