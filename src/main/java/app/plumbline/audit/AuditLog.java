package app.plumbline.audit;

import app.plumbline.base.Outcome;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.SecurityEvent;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Services call this after their access check for every read and write of a patient's data. A
 * write's event joins the write's transaction (saved together or not at all); a read's event and
 * a refusal are saved in a transaction of their own, since the read itself may run read-only and
 * a refusal rolls its transaction back. Security events (sign-ins, lockouts, login changes) arrive
 * as {@link SecurityEvent}s. Once committed, every event is sealed into the hash chain.
 */
@Component
public class AuditLog {

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditChain chain, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.chain = chain;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(Long patientId, String action) {
        save(patientId, action, Outcome.SUCCESS, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Long patientId, String action, String detail) {
        save(patientId, action, Outcome.SUCCESS, detail);
    }

    /**
     * An access check let the signed-in user reach this patient's data; {@code by} names the
     * service method that asked. (The patient's own record for a patient.)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accessed(Long patientId, String by) {
        AccountPrincipal actor = currentUser.require();
        append(new AuditEvent(clock.instant(), actor.accountId(), actor.username(), actor.role().name(),
                actor.clinicId(), patientId, "patient.access", Outcome.SUCCESS, null, by));
    }

    /** An access check refused the signed-in user (or nobody signed in) this patient's data. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(Long patientId, String action, String reason) {
        AccountPrincipal actor = currentUser.get().orElse(null);
        append(new AuditEvent(clock.instant(), actor == null ? null : actor.accountId(),
                actor == null ? null : actor.username(), actor == null ? null : actor.role().name(),
                actor == null ? null : actor.clinicId(), patientId, action, Outcome.DENIED, null, reason));
    }

    /** In a transaction of its own: a refusal's own transaction is rolled back. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SecurityEvent event) {
        append(new AuditEvent(clock.instant(), event.actorId(), event.actorName(),
                event.actorRole() == null ? null : event.actorRole().name(), event.clinicId(), null,
                event.action(), event.outcome(), event.clientAddress(), event.detail()));
    }

    private void save(Long patientId, String action, Outcome outcome, String detail) {
        AccountPrincipal actor = currentUser.require();
        append(new AuditEvent(clock.instant(), actor.accountId(), actor.username(), actor.role().name(),
                actor.clinicId(), patientId, action, outcome, null, detail));
    }

    private void append(AuditEvent event) {
        events.save(event);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chain.sealSoon();
            }
        });
    }

    /** The actions recorded for a patient, newest first (for tests). */
    @Transactional(readOnly = true)
    public List<String> actionsFor(Long patientId) {
        return events.findByPatientIdOrderByIdDesc(patientId).stream().map(AuditEvent::action).toList();
    }
}
