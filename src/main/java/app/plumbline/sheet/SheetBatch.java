package app.plumbline.sheet;

import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Batch printing off the caller's (UI) thread. One batch renders at a time on the app's machine;
 * it runs signed in as the therapist who started it, so every access check still applies.
 */
@Component
public class SheetBatch {

    private final SheetService sheets;
    private final CurrentUser currentUser;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("sheet-batch").daemon(true).factory());

    SheetBatch(SheetService sheets, CurrentUser currentUser) {
        this.sheets = sheets;
        this.currentUser = currentUser;
    }

    /** Starts the batch; progress hears the number of sheets done, on the worker thread. */
    public CompletableFuture<SheetFile> start(List<Long> patientIds, SheetOptions options, IntConsumer progress) {
        currentUser.require(Role.THERAPIST);
        return CompletableFuture.supplyAsync(() -> sheets.batch(List.copyOf(patientIds), options, progress),
                currentUser.asCaller(worker));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
