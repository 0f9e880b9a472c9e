package app.plumbline.audit;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit events of reads, refusals and security events from one background thread, in
 * batches, so that a request never needs a second database connection for its audit row (under
 * load, a request holding one connection and waiting for another starves the pool). An event is
 * queued at once and written within a tenth of a second: the writer lingers that long for more
 * events to join the batch, so a burst (a sign-in storm, a busy hour) shares one commit and one
 * seal instead of paying them per event, unless someone waits for the trail. A killed process can
 * lose the events still in the queue. Writes of patient data are audited inside their own
 * transaction instead ({@link AuditLog#write}) and are never lost with them.
 */
@Component
class AuditWriter {

    private static final int BATCH = 500;
    private static final int CAPACITY = 50_000;
    private static final Duration FULL_QUEUE_WAIT = Duration.ofSeconds(5);
    private static final Duration LINGER = Duration.ofMillis(100);

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final TransactionTemplate transaction;
    private final BlockingQueue<AuditEvent> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration linger;
    private long written;
    private volatile boolean stopping;

    @Autowired
    AuditWriter(AuditEventRepository events, AuditChain chain, PlatformTransactionManager transactions) {
        this(events, chain, transactions, LINGER);
    }

    AuditWriter(AuditEventRepository events, AuditChain chain, PlatformTransactionManager transactions,
            Duration linger) {
        this.linger = linger;
        this.events = events;
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
        this.writer = Thread.ofPlatform().daemon().name("audit-writer").start(this::run);
    }

    /**
     * Queues the event. When the database has been unreachable long enough to fill the queue, the
     * caller is refused rather than allowed on unaudited.
     */
    void add(AuditEvent event) {
        queued.incrementAndGet();
        try {
            if (!queue.offer(event, FULL_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                queued.decrementAndGet();
                throw new IllegalStateException("The audit trail cannot be written; try again shortly.");
            }
        } catch (InterruptedException e) {
            queued.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while auditing", e);
        }
    }

    /** Waits until every event queued before this call is written (for the audit screen and tests). */
    void awaitWritten() {
        waiting.incrementAndGet();
        try {
            awaitWrittenInTurn();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private synchronized void awaitWrittenInTurn() {
        long target = queued.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (written < target && System.nanoTime() < deadline) {
            try {
                wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run() {
        List<AuditEvent> batch = new ArrayList<>(BATCH);
        while (!stopping || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    AuditEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    linger(batch);
                }
                transaction.executeWithoutResult(status -> events.saveAll(batch));
                done(batch);
            } catch (InterruptedException e) {
                stopping = true;
            } catch (DataIntegrityViolationException e) {
                writeOneByOne(batch);
            } catch (RuntimeException e) {
                // The database is unreachable for now: keep the batch and try again.
                log.warn("Could not write {} audit events, retrying: {}", batch.size(), e.toString());
                pause();
            }
        }
    }

    /** A while for more events to join the batch; not while someone waits for the trail. */
    private void linger(List<AuditEvent> batch) throws InterruptedException {
        long until = System.nanoTime() + linger.toNanos();
        while (batch.size() < BATCH && waiting.get() == 0 && !stopping && System.nanoTime() < until) {
            AuditEvent next = queue.poll(10, TimeUnit.MILLISECONDS);
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, BATCH - batch.size());
            }
        }
    }

    private void done(List<AuditEvent> batch) {
        chain.sealSoon();
        synchronized (this) {
            written += batch.size();
            notifyAll();
        }
        batch.clear();
    }

    /** One event the database refuses must not hold up the rest: it is logged and left out. */
    private void writeOneByOne(List<AuditEvent> batch) {
        for (AuditEvent event : batch) {
            try {
                transaction.executeWithoutResult(status -> events.save(event));
            } catch (DataIntegrityViolationException e) {
                log.error("Audit event refused by the database, left out: {} ({})", event, e.toString());
            }
        }
        done(batch);
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            stopping = true;
        }
    }

    /** Writes what is queued before the database goes away. */
    @PreDestroy
    void finish() throws InterruptedException {
        stopping = true;
        writer.join(Duration.ofSeconds(10));
    }
}
