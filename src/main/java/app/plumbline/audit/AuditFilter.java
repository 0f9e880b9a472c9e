package app.plumbline.audit;

import app.plumbline.base.Outcome;
import app.plumbline.base.Text;
import java.time.LocalDate;

/** What the admin narrows the audit trail to; every part may be empty (null). */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Long patientId,
        Outcome outcome) {

    /** What nobody can type (a U+0000 fails the query on PostgreSQL) is dropped, as in forms. */
    public AuditFilter {
        actor = Text.clean(actor);
        action = Text.clean(action);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
