package app.plumbline.message;

import java.util.List;

/**
 * A patient's thread, oldest message first, and the exercises of the patient's active program a
 * new message may be about (id and name, in program order; empty for a therapist).
 */
public record MessageThread(Long patientId, List<MessageLine> lines, List<ExerciseChoice> exercises) {

    public record ExerciseChoice(Long id, String name) {
    }
}
