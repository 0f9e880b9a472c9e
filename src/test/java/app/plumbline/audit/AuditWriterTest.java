package app.plumbline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.plumbline.base.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

class AuditWriterTest {

    private final AuditEventRepository events = mock(AuditEventRepository.class);
    private final List<AuditEvent> saved = new CopyOnWriteArrayList<>();

    private AuditWriter writer() {
        return new AuditWriter(events, mock(AuditChain.class), transactions());
    }

    private AuditWriter writerLingering(Duration linger) {
        return new AuditWriter(events, mock(AuditChain.class), transactions(), linger);
    }

    private static PlatformTransactionManager transactions() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return transactions;
    }

    private static AuditEvent event(String action) {
        return new AuditEvent(Instant.parse("2026-11-18T09:00:00Z"), 1L, "anna", "THERAPIST", 1L, 2L, action, Outcome.SUCCESS, null, null);
    }

    @Test
    void aBatchThatFailsIsWrittenOnceTheDatabaseIsBack() throws InterruptedException {
        when(events.saveAll(anyList()))
                .thenThrow(new DataAccessResourceFailureException("database away"))
                .thenAnswer(call -> {
                    saved.addAll(call.getArgument(0));
                    return call.getArgument(0);
                });
        AuditWriter writer = writer();

        writer.add(event("patient.read"));
        writer.add(event("plan.read"));
        writer.awaitWritten();
        writer.finish();

        assertThat(saved).extracting(AuditEvent::action).containsExactly("patient.read", "plan.read");
    }

    @Test
    void anEventTheDatabaseRefusesDoesNotHoldUpTheRest() throws InterruptedException {
        when(events.saveAll(anyList())).thenThrow(new DataIntegrityViolationException("too long"));
        when(events.save(any(AuditEvent.class))).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });
        AuditEvent bad = event("bad");
        doThrow(new DataIntegrityViolationException("too long")).when(events).save(bad);
        AuditWriter writer = writer();

        writer.add(event("patient.read"));
        writer.add(bad);
        writer.add(event("plan.read"));
        writer.awaitWritten();
        writer.finish();

        assertThat(saved).extracting(AuditEvent::action).containsExactly("patient.read", "plan.read");
    }

    @Test
    void whatIsQueuedAtShutdownIsWritten() throws InterruptedException {
        when(events.saveAll(anyList())).thenAnswer(call -> {
            saved.addAll(call.getArgument(0));
            return call.getArgument(0);
        });
        AuditWriter writer = writer();
        for (int i = 0; i < 2000; i++) {
            writer.add(event("read " + i));
        }
        writer.finish();

        assertThat(saved).hasSize(2000);
    }

    @Test
    void eventsComingOneAfterTheOtherShareABatchAndSomeoneWaitingForThemEndsTheWait() throws InterruptedException {
        List<Integer> batches = new CopyOnWriteArrayList<>();
        when(events.saveAll(anyList())).thenAnswer(call -> {
            List<AuditEvent> batch = call.getArgument(0);
            batches.add(batch.size());
            saved.addAll(batch);
            return batch;
        });
        // Lingering far longer than the test: only the wait below can end it.
        AuditWriter writer = writerLingering(Duration.ofMinutes(10));

        writer.add(event("login"));
        writer.add(event("patient.read"));
        writer.add(event("login"));
        writer.awaitWritten();

        assertThat(saved).extracting(AuditEvent::action).containsExactly("login", "patient.read", "login");
        assertThat(batches).containsExactly(3);
        writer.finish();
    }
}
