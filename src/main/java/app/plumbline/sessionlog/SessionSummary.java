package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;

/** A logged session as history and the edit form show it. */
public record SessionSummary(Long id, LocalDate date, int versionNumber, String note, NextMorning nextMorning,
        boolean editable, boolean paper, List<ExerciseLog> exercises) {

    public long doneCount() {
        return exercises.stream().filter(e -> !e.skipped()).count();
    }

    public Integer maxPain() {
        return exercises.stream().map(ExerciseLog::pain).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(null);
    }
}
