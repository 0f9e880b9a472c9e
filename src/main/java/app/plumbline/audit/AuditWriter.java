package app.plumbline.audit;

import app.plumbline.base.QueuedWriter;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Writes the audit events of reads, refusals and security events through a {@link QueuedWriter}
 * (in batches, within a tenth of a second, off the request's connection) and seals the chain after
 * each batch. A killed process can lose the events still queued. Writes of patient data are audited
 * inside their own transaction instead ({@link AuditLog#write}) and are never lost with them.
 */
@Component
class AuditWriter {

    private final QueuedWriter<AuditEvent> queue;

    @Autowired
    AuditWriter(AuditEventRepository events, AuditChain chain, PlatformTransactionManager transactions) {
        this(events, chain, transactions, QueuedWriter.LINGER);
    }

    AuditWriter(AuditEventRepository events, AuditChain chain, PlatformTransactionManager transactions,
            Duration linger) {
        this.queue = new QueuedWriter<>("the audit trail", transactions, linger, events::saveAll, chain::sealSoon);
    }

    /**
     * Queues the event. When the database has been unreachable long enough to fill the queue, the
     * caller is refused rather than allowed on unaudited.
     */
    void add(AuditEvent event) {
        queue.add(event);
    }

    /** Waits until every event queued before this call is written (for the audit screen and tests). */
    void awaitWritten() {
        queue.awaitWritten();
    }

    /** Writes what is queued before the database goes away. */
    @PreDestroy
    void finish() throws InterruptedException {
        queue.close();
    }
}
