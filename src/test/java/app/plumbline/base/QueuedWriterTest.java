package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

class QueuedWriterTest {

    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final AtomicInteger afterBatches = new AtomicInteger();

    private QueuedWriter<String> writer(Consumer<List<String>> save) {
        return writer(save, QueuedWriter.LINGER);
    }

    private QueuedWriter<String> writer(Consumer<List<String>> save, Duration linger) {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new QueuedWriter<>("the test rows", transactions, linger, save, afterBatches::incrementAndGet);
    }

    private void save(List<String> batch) {
        batches.add(batch.size());
        saved.addAll(batch);
    }

    @Test
    void aBatchThatFailsIsWrittenOnceTheDatabaseIsBack() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        QueuedWriter<String> writer = writer(batch -> {
            if (tries.incrementAndGet() == 1) {
                throw new DataAccessResourceFailureException("database away");
            }
            save(batch);
        });

        writer.add("patient.read");
        writer.add("plan.read");
        writer.awaitWritten();
        writer.close();

        assertThat(saved).containsExactly("patient.read", "plan.read");
        assertThat(tries).hasValue(2);
    }

    @Test
    void aRowTheDatabaseRefusesDoesNotHoldUpTheRest() throws InterruptedException {
        QueuedWriter<String> writer = writer(batch -> {
            if (batch.contains("bad")) {
                throw new DataIntegrityViolationException("too long");
            }
            save(batch);
        });

        writer.add("patient.read");
        writer.add("bad");
        writer.add("plan.read");
        writer.awaitWritten();
        writer.close();

        assertThat(saved).containsExactly("patient.read", "plan.read");
    }

    @Test
    void whatIsQueuedAtShutdownIsWritten() throws InterruptedException {
        QueuedWriter<String> writer = writer(this::save);
        for (int i = 0; i < 2000; i++) {
            writer.add("read " + i);
        }
        writer.close();

        assertThat(saved).hasSize(2000).startsWith("read 0").endsWith("read 1999");
        assertThat(afterBatches.get()).isEqualTo(batches.size());
    }

    @Test
    void rowsComingOneAfterTheOtherShareABatchAndSomeoneWaitingForThemEndsTheWait() throws InterruptedException {
        // Lingering far longer than the test: only the wait below can end it.
        QueuedWriter<String> writer = writer(this::save, Duration.ofMinutes(10));

        writer.add("login");
        writer.add("patient.read");
        writer.add("login");
        writer.awaitWritten();

        assertThat(saved).containsExactly("login", "patient.read", "login");
        assertThat(batches).containsExactly(3);
        assertThat(afterBatches).hasValue(1);
        writer.close();
    }
}
