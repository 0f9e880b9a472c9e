package app.plumbline.sessionlog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A warning for the therapist: severe pain during an exercise, or mornings worse twice in a row. */
@Entity
class RedFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long sessionId;
    private Instant raisedAt;
    private String reason;
    private Instant acknowledgedAt;
    private Long acknowledgedBy;

    protected RedFlag() {
    }

    /** A flag for each exercise of the session done with severe pain ({@link PainScale#severe}), by its name. */
    static java.util.List<RedFlag> forPain(SessionLog session, java.time.Instant at,
            java.util.Map<Long, String> exerciseNames) {
        return session.getExercises().stream().filter(e -> PainScale.severe(e.pain()))
                .map(e -> new RedFlag(session.getPatientId(), session.getId(), at, "Pain " + e.pain() + "/10 during "
                        + exerciseNames.getOrDefault(e.exerciseId(), "an exercise")))
                .toList();
    }

    RedFlag(Long patientId, Long sessionId, Instant raisedAt, String reason) {
        this.patientId = patientId;
        this.sessionId = sessionId;
        this.raisedAt = raisedAt;
        this.reason = reason;
    }

    String getReason() {
        return reason;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    boolean isOpen() {
        return acknowledgedAt == null;
    }

    /** The therapist has seen the flag and acted on it; it leaves Needs attention. */
    void acknowledge(Long therapistId, Instant at) {
        if (isOpen()) {
            acknowledgedAt = at;
            acknowledgedBy = therapistId;
        }
    }
}
