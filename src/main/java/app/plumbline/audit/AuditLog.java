package app.plumbline.audit;

import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services call this after their access check for every read and write of a patient's data. A
 * write's event joins the write's transaction (saved together or not at all); a read's event is
 * saved in a transaction of its own, since the read itself may run read-only.
 */
@Component
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(Long patientId, String action) {
        save(patientId, action, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Long patientId, String action, String detail) {
        save(patientId, action, detail);
    }

    private void save(Long patientId, String action, String detail) {
        AccountPrincipal actor = currentUser.require();
        events.save(new AuditEvent(clock.instant(), actor.accountId(), actor.role().name(), actor.clinicId(),
                patientId, action, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500)));
    }

    /** The actions recorded for a patient, newest first (for tests and, later, the admin's audit view). */
    @Transactional(readOnly = true)
    public List<String> actionsFor(Long patientId) {
        return events.findByPatientIdOrderByIdDesc(patientId).stream().map(AuditEvent::action).toList();
    }
}
