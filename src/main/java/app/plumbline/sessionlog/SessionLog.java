package app.plumbline.sessionlog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A session a patient did on a date, against the program version they followed then. */
@Entity
class SessionLog {

    /** How long a patient may still change or delete a log; after that it is part of the record. */
    static final Duration EDITABLE_FOR = Duration.ofHours(24);

    /** Where a session was logged: the portal asks pain (and, optionally, difficulty) of each exercise; paper never asks difficulty. */
    enum Source {
        PORTAL, PAPER;

        boolean asksHowItFelt() {
            return this == PORTAL;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long programVersionId;
    private int versionNumber;
    private LocalDate sessionDate;
    private String submissionKey;
    private String note;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Enumerated(EnumType.STRING)
    private NextMorning nextMorning;
    private Instant nextMorningAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "exercise_log", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<ExerciseLog> exercises = new ArrayList<>();

    protected SessionLog() {
    }

    SessionLog(Long patientId, Long programVersionId, int versionNumber, LocalDate sessionDate, String submissionKey,
            Source source, Instant now) {
        this.patientId = patientId;
        this.programVersionId = programVersionId;
        this.versionNumber = versionNumber;
        this.sessionDate = sessionDate;
        this.submissionKey = submissionKey;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void record(List<ExerciseLog> logs, String sessionNote, Instant now) {
        exercises.clear();
        exercises.addAll(logs);
        note = sessionNote;
        updatedAt = now;
    }

    /** The patient may change their own portal log for a day; a paper log is the therapist's record. */
    boolean editableAt(Instant now) {
        return source == Source.PORTAL && now.isBefore(createdAt.plus(EDITABLE_FOR));
    }

    void answerNextMorning(NextMorning answer, Instant now) {
        nextMorning = answer;
        nextMorningAt = now;
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    LocalDate getSessionDate() {
        return sessionDate;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    String getNote() {
        return note;
    }

    Source getSource() {
        return source;
    }

    NextMorning getNextMorning() {
        return nextMorning;
    }

    Instant getNextMorningAt() {
        return nextMorningAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    List<ExerciseLog> getExercises() {
        return List.copyOf(exercises);
    }
}
