package app.plumbline.message;

/** What someone typed to send: the text, and for a patient optionally the exercise it is about. */
public record MessageInput(String text, Long exerciseId) {

    /** The longest message, in characters. */
    public static final int MAX_TEXT = 2000;
}
