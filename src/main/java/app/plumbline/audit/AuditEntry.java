package app.plumbline.audit;

import app.plumbline.base.Outcome;
import java.time.Instant;

/** One line of the audit trail as the admin sees and exports it. */
public record AuditEntry(long id, Long seq, Instant at, String actor, String role, Long patientId, String action,
        Outcome outcome, String clientAddress, String detail) {

    static AuditEntry of(AuditEvent e) {
        String actor = e.actorName() != null ? e.actorName() : e.actorId() == null ? null : "#" + e.actorId();
        return new AuditEntry(e.id(), e.seq(), e.at(), actor, e.actorRole(), e.patientId(), e.action(),
                e.outcome(), e.clientAddress(), e.detail());
    }
}
