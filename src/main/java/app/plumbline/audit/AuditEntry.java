package app.plumbline.audit;

import app.plumbline.base.Outcome;
import java.time.Instant;

/**
 * One line of the audit trail as the admin sees and exports it; {@code patientName} is the clinic's
 * patient's name when known (null for no patient or one outside the admin's clinic).
 */
public record AuditEntry(long id, Long seq, Instant at, String actor, String role, Long patientId, String action,
        Outcome outcome, String clientAddress, String detail, String patientName) {

    public AuditEntry(long id, Long seq, Instant at, String actor, String role, Long patientId, String action,
            Outcome outcome, String clientAddress, String detail) {
        this(id, seq, at, actor, role, patientId, action, outcome, clientAddress, detail, null);
    }

    static AuditEntry of(AuditEvent e) {
        String actor = e.actorName() != null ? e.actorName() : e.actorId() == null ? null : "#" + e.actorId();
        return new AuditEntry(e.id(), e.seq(), e.at(), actor, e.actorRole(), e.patientId(), e.action(),
                e.outcome(), e.clientAddress(), e.detail());
    }

    AuditEntry named(String name) {
        return new AuditEntry(id, seq, at, actor, role, patientId, action, outcome, clientAddress, detail, name);
    }

    /** The action in words ("Opened patient data"), for people rather than filters. */
    public String actionInWords() {
        return AuditActions.inWords(action);
    }

    /** The patient by name, or by number when the name is not known; empty for no patient. */
    public String patientLabel() {
        return patientId == null ? "" : patientName != null ? patientName : "Patient #" + patientId;
    }
}
