package app.plumbline.base;

/**
 * Input a service refused, naming the field so the view can show the message there. Services
 * check everything again, whatever the view already checked.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
