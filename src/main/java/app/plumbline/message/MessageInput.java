package app.plumbline.message;

/** What someone typed to send: the text, and for a patient optionally the exercise it is about. */
public record MessageInput(String text, Long exerciseId) {
}
