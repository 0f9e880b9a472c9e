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

    Long getPatientId() {
        return patientId;
    }

    boolean isOpen() {
        return acknowledgedAt == null;
    }
}
