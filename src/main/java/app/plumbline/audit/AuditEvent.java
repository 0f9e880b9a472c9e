package app.plumbline.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One read or write of patient data. Never changed or deleted once written. */
@Entity
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private Long actorId;
    private String actorRole;
    private Long clinicId;
    private Long patientId;
    private String action;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, Long actorId, String actorRole, Long clinicId, Long patientId, String action,
            String detail) {
        this.at = at;
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.clinicId = clinicId;
        this.patientId = patientId;
        this.action = action;
        this.detail = detail;
    }

    Long patientId() {
        return patientId;
    }

    String action() {
        return action;
    }

    Long actorId() {
        return actorId;
    }
}
