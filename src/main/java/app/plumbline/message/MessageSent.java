package app.plumbline.message;

/**
 * Published after a message is saved, for a notification to come ("You have a new message"): it
 * names the patient and which side wrote, never the text or the exercise.
 */
public record MessageSent(Long patientId, Long messageId, boolean byPatient) {
}
