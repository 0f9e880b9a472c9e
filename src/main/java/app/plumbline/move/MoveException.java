package app.plumbline.move;

/** A move refused or failed, with a message for the person running it. */
public class MoveException extends RuntimeException {

    public MoveException(String message) {
        super(message);
    }

    public MoveException(String message, Throwable cause) {
        super(message, cause);
    }
}
