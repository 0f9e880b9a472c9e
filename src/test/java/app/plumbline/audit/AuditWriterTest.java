package app.plumbline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.plumbline.base.Outcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** How the audit uses its queued writer; the queue's own behaviour is in {@code QueuedWriterTest}. */
class AuditWriterTest {

    private final AuditEventRepository events = mock(AuditEventRepository.class);
    private final AuditChain chain = mock(AuditChain.class);
    private final List<AuditEvent> saved = new CopyOnWriteArrayList<>();

    @Test
    void queuedEventsAreSavedAndThenSealed() throws InterruptedException {
        when(events.saveAll(anyList())).thenAnswer(call -> {
            saved.addAll(call.getArgument(0));
            return call.getArgument(0);
        });
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        AuditWriter writer = new AuditWriter(events, chain, transactions);

        writer.add(new AuditEvent(java.time.Instant.parse("2026-11-18T09:00:00Z"), 1L, "anna", "THERAPIST", 1L, 2L,
                "patient.read", Outcome.SUCCESS, null, null));
        writer.awaitWritten();
        writer.finish();

        assertThat(saved).extracting(AuditEvent::action).containsExactly("patient.read");
        verify(chain).sealSoon();
    }
}
