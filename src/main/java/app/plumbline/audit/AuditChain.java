package app.plumbline.audit;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the audit trail tamper-evident. Events are written inside the business transaction that
 * caused them; after it commits they are sealed here, in commit order, each carrying the hash of
 * the one before. Changing, inserting or removing a row afterwards breaks the chain, which
 * {@link #verify()} finds. (Someone able to rewrite the whole table and recompute every hash is
 * not stopped by this; noting the head hash elsewhere now and then catches that too.)
 */
@Component
class AuditChain {

    private static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private final AuditEventRepository events;
    private final AuditChainHeadRepository heads;
    private final ObjectProvider<AuditChain> self;
    private final ExecutorService sealer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("audit-sealer").factory());
    private final AtomicBoolean sealPending = new AtomicBoolean();

    AuditChain(AuditEventRepository events, AuditChainHeadRepository heads, ObjectProvider<AuditChain> self) {
        this.events = events;
        this.heads = heads;
        this.self = self;
    }

    /**
     * Seals new events shortly, off the request's thread, so a request never waits for the chain;
     * many commits in a burst share one seal.
     */
    void sealSoon() {
        if (sealPending.compareAndSet(false, true)) {
            sealer.execute(() -> {
                sealPending.set(false);
                try {
                    self.getObject().seal();
                } catch (RuntimeException e) {
                    // The events are saved; the next seal (or the next verification) chains them.
                    log.warn("Could not seal the audit chain now: {}", e.toString());
                }
            });
        }
    }

    @PreDestroy
    void finishSealing() throws InterruptedException {
        sealer.shutdown();
        sealer.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Seals every committed event not yet in the chain; returns how many. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int seal() {
        AuditChainHead head = heads.lockHead().orElseThrow();
        int sealed = 0;
        List<AuditEvent> pending;
        do {
            pending = events.findBySeqIsNullOrderById(Limit.of(BATCH));
            for (AuditEvent event : pending) {
                event.seal(head.seq() + 1, head.hash());
                head.advanceTo(event);
                sealed++;
            }
        } while (pending.size() == BATCH);
        return sealed;
    }

    /** Walks the whole chain and recomputes every hash. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditChainHead head = heads.head().orElseThrow();
        AtomicReference<String> previous = new AtomicReference<>(ZERO);
        long[] expectedSeq = {1};
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        try (var chain = events.findBySeqIsNotNullOrderBySeq()) {
            chain.takeWhile(e -> broken.get() == null).forEach(event -> {
                if (event.seq() != expectedSeq[0]) {
                    broken.set(ChainVerification.broken(expectedSeq[0] - 1, event.seq(),
                            "event " + expectedSeq[0] + " is missing"));
                } else if (!Objects.equals(event.prevHash(), previous.get())) {
                    broken.set(ChainVerification.broken(expectedSeq[0] - 1, event.seq(),
                            "event " + event.seq() + " does not follow the event before it"));
                } else if (!Objects.equals(event.hash(), event.expectedHash())) {
                    broken.set(ChainVerification.broken(expectedSeq[0] - 1, event.seq(),
                            "event " + event.seq() + " was changed after it was written"));
                }
                previous.set(event.hash());
                expectedSeq[0]++;
            });
        }
        if (broken.get() != null) {
            return broken.get();
        }
        long checked = expectedSeq[0] - 1;
        if (checked != head.seq() || !Objects.equals(previous.get(), head.hash())) {
            return ChainVerification.broken(checked, checked + 1, "the last " + (head.seq() - checked)
                    + " events of the chain are missing");
        }
        return new ChainVerification(true, checked, null, "All " + checked + " events are intact.", head.hash());
    }

    static final String ZERO = "0".repeat(64);
}
