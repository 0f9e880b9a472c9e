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
 * write's event joins the write's transaction (saved together or not at all). A read's event and a
 * refusal go to the {@link AuditWriter}'s queue and are written within a tenth of a second, off the
 * request's transaction: the read itself may run read-only, and a refusal rolls its transaction
 * back. Security events (sign-ins, lockouts, login changes) arrive as {@link SecurityEvent}s and
 * are queued too. Once committed, every event is sealed into the hash chain.
 */
@Component
public class AuditLog {

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final AuditWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditChain chain, AuditWriter writer, CurrentUser currentUser,
            Clock clock) {
        this.events = events;
        this.chain = chain;
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void read(Long patientId, String action) {
        writer.add(byCurrentUser(patientId, action, null));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Long patientId, String action, String detail) {
        events.save(byCurrentUser(patientId, action, detail));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chain.sealSoon();
            }
        });
    }

    /**
     * The signed-in user reached this patient's data for one action; {@code what} says in words what
     * they did ("Opened the patient page").
     */
    public void accessed(Long patientId, String what) {
        writer.add(byCurrentUser(patientId, "patient.access", what));
    }

    /** An access check refused the signed-in user (or nobody signed in) this patient's data. */
    public void denied(Long patientId, String action, String reason) {
        AccountPrincipal actor = currentUser.get().orElse(null);
        writer.add(new AuditEvent(clock.instant(), actor == null ? null : actor.accountId(),
                actor == null ? null : actor.username(), actor == null ? null : actor.role().name(),
                actor == null ? null : actor.clinicId(), patientId, action, Outcome.DENIED, null, reason));
    }

    /** Queued, not joined to the caller's transaction: a refusal's own transaction is rolled back. */
    @EventListener
    void on(SecurityEvent event) {
        writer.add(new AuditEvent(clock.instant(), event.actorId(), event.actorName(),
                event.actorRole() == null ? null : event.actorRole().name(), event.clinicId(), null,
                event.action(), event.outcome(), event.clientAddress(), event.detail()));
    }

    private AuditEvent byCurrentUser(Long patientId, String action, String detail) {
        AccountPrincipal actor = currentUser.require();
        return new AuditEvent(clock.instant(), actor.accountId(), actor.username(), actor.role().name(),
                actor.clinicId(), patientId, action, Outcome.SUCCESS, null, detail);
    }

    /** Waits until every queued event is in the database (for tests that read the table). */
    public void awaitWritten() {
        writer.awaitWritten();
    }

    /** The rows recorded for a patient as "action: detail", newest first (for tests). */
    @Transactional(readOnly = true)
    public List<String> rowsFor(Long patientId) {
        writer.awaitWritten();
        return events.findByPatientIdOrderByIdDesc(patientId).stream()
                .map(e -> e.action() + (e.detail() == null ? "" : ": " + e.detail())).toList();
    }

    /** The actions recorded for a patient, newest first (for tests). */
    @Transactional(readOnly = true)
    public List<String> actionsFor(Long patientId) {
        writer.awaitWritten();
        return events.findByPatientIdOrderByIdDesc(patientId).stream().map(AuditEvent::action).toList();
    }
}
