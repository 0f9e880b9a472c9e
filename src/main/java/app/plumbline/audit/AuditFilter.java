package app.plumbline.audit;

import app.plumbline.base.Outcome;
import java.time.LocalDate;

/** What the admin narrows the audit trail to; every part may be empty (null). */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Long patientId,
        Outcome outcome) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
