package app.plumbline.base;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes rows that requests hand over and need not read back (audit events, sign-in statistics)
 * from one background thread, in batches, so that a request never needs a second database
 * connection for them (under load, a request holding one connection and waiting for another
 * starves the pool) and a burst (a sign-in storm, a busy hour) shares one commit instead of paying
 * one per row. A row is queued at once and written within the linger: after the first row the
 * writer waits that long for more to join the batch, unless someone waits for the rows
 * ({@link #awaitWritten}, which ends the linger). While the database is away a batch is tried
 * again each second; a row the database refuses is logged and left out, not its batch. When the
 * database has been away long enough to fill the queue, callers are refused. A killed process
 * loses the rows still queued; {@link #close} writes them on a clean shutdown.
 */
public final class QueuedWriter<T> implements AutoCloseable {

    /** How long the writer waits for more rows to join a batch. */
    public static final Duration LINGER = Duration.ofMillis(100);

    private static final int BATCH = 500;
    private static final int CAPACITY = 50_000;
    private static final Duration FULL_QUEUE_WAIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(QueuedWriter.class);

    private final String what;
    private final Consumer<List<T>> save;
    private final Runnable afterBatch;
    private final Duration linger;
    private final TransactionTemplate transaction;
    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final AtomicLong queued = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Thread writer;
    private long written;
    private volatile boolean stopping;

    /**
     * @param what       what the rows are, in words, for the refusal and the log ("the audit trail")
     * @param save       saves a batch (in a transaction of its own)
     * @param afterBatch runs after each batch is committed
     */
    public QueuedWriter(String what, PlatformTransactionManager transactions, Duration linger,
            Consumer<List<T>> save, Runnable afterBatch) {
        this.what = what;
        this.save = save;
        this.afterBatch = afterBatch;
        this.linger = linger;
        this.transaction = new TransactionTemplate(transactions);
        this.writer = Thread.ofPlatform().daemon().name("queued-writer: " + what).start(this::run);
    }

    /** Queues the row; refuses the caller when the queue is full rather than let it on without the row. */
    public void add(T row) {
        queued.incrementAndGet();
        try {
            if (!queue.offer(row, FULL_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                queued.decrementAndGet();
                throw new IllegalStateException(capitalised(what) + " cannot be written; try again shortly.");
            }
        } catch (InterruptedException e) {
            queued.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while queuing for " + what, e);
        }
    }

    /** Waits (up to 10 s) until every row queued before this call is written, for screens that read them. */
    public void awaitWritten() {
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
        List<T> batch = new ArrayList<>(BATCH);
        while (!stopping || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    T first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    linger(batch);
                }
                transaction.executeWithoutResult(status -> save.accept(batch));
                done(batch);
            } catch (InterruptedException e) {
                stopping = true;
            } catch (DataIntegrityViolationException e) {
                writeOneByOne(batch);
            } catch (RuntimeException e) {
                log.warn("Could not write {} rows for {}, retrying: {}", batch.size(), what, e.toString());
                if (stopping) {
                    return; // the process is stopping: the database goes away with it
                }
                pause();
            }
        }
    }

    private void linger(List<T> batch) throws InterruptedException {
        long until = System.nanoTime() + linger.toNanos();
        while (batch.size() < BATCH && waiting.get() == 0 && !stopping && System.nanoTime() < until) {
            T next = queue.poll(10, TimeUnit.MILLISECONDS);
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, BATCH - batch.size());
            }
        }
    }

    private void done(List<T> batch) {
        afterBatch.run();
        synchronized (this) {
            written += batch.size();
            notifyAll();
        }
        batch.clear();
    }

    private void writeOneByOne(List<T> batch) {
        for (T row : batch) {
            try {
                transaction.executeWithoutResult(status -> save.accept(List.of(row)));
            } catch (DataIntegrityViolationException e) {
                log.error("A row for {} refused by the database, left out: {} ({})", what, row, e.toString());
            }
        }
        done(batch);
    }

    /** A second before the next try. */
    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            stopping = true;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Writes what is queued (for up to 10 s) before the database goes away. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        writer.join(Duration.ofSeconds(10));
    }
}
