package app.plumbline.backup;

import app.plumbline.audit.AuditLog;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * Online backups of the H2 database with H2's {@code BACKUP TO}: the app keeps serving while the
 * zip is written. A backup is written as {@code .part} and renamed when complete, so the directory
 * only ever lists whole backups; then the oldest beyond {@code keep} are deleted. One backup runs at
 * a time.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final BackupProperties properties;
    private final Path databaseFile;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("backup").daemon(true).factory());
    private volatile BackupProgress progress;
    private volatile BackupSetup.Database database;

    BackupService(DataSource dataSource, BackupProperties properties, @Value("${plumbline.data-path}") Path dataPath,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.databaseFile = dataPath.resolve("plumbline.mv.db");
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which database this is, where backups go, how many are kept, when the next one runs. */
    public BackupSetup setup() {
        currentUser.require(Role.ADMIN);
        Instant next = properties.scheduled()
                ? CronExpression.parse(properties.cron()).next(clock.instant().atZone(clock.getZone())).toInstant()
                : null;
        return new BackupSetup(database(), properties.dir(), properties.keep(), properties.cron(), next);
    }

    /** The finished backups, newest first. */
    public List<BackupFile> backups() {
        currentUser.require(Role.ADMIN);
        return list();
    }

    /** The backup running now or the last one since start-up, if any. */
    public Optional<BackupProgress> progress() {
        currentUser.require(Role.ADMIN);
        BackupProgress now = progress;
        if (now != null && now.running()) {
            Path part = partFile(now.name());
            long written = Files.exists(part) ? sizeOf(part) : now.written();
            return Optional.of(new BackupProgress(now.name(), true, written, now.expected(), null, null));
        }
        return Optional.ofNullable(now);
    }

    /**
     * Starts a backup in the background; follow it with {@link #progress()}. Returns false when
     * one is already running.
     */
    public boolean start() {
        currentUser.require(Role.ADMIN);
        requireSupported();
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            String name = nextName();
            progress = BackupProgress.started(name, expectedSize());
            audit.read(null, "backup.start");
            worker.submit(() -> {
                try {
                    write(name);
                } finally {
                    running.set(false);
                }
            });
            return true;
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    /** The scheduled backup, run by {@link BackupSchedule} without a signed-in user. */
    void scheduled() {
        if (database() != BackupSetup.Database.H2_FILE) {
            log.info("Scheduled backup skipped: the database is {} (see README, Backups and restore)", database());
            return;
        }
        if (!running.compareAndSet(false, true)) {
            log.info("Scheduled backup skipped: a backup is already running");
            return;
        }
        try {
            String name = nextName();
            progress = BackupProgress.started(name, expectedSize());
            write(name);
        } finally {
            running.set(false);
        }
    }

    private void write(String name) {
        Path part = partFile(name);
        Path target = properties.dir().resolve(name);
        long started = System.nanoTime();
        try {
            Files.createDirectories(properties.dir());
            deleteLeftoverParts();
            jdbc.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            BackupFile done = new BackupFile(name, clock.instant(), sizeOf(target));
            progress = new BackupProgress(name, false, done.bytes(), done.bytes(), done, null);
            log.info("Backup {} written ({} bytes, {} ms)", target, done.bytes(), (System.nanoTime() - started) / 1_000_000);
            prune();
        } catch (IOException | RuntimeException e) {
            log.error("Backup {} failed", target, e);
            deleteQuietly(part);
            progress = new BackupProgress(name, false, 0, 0, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void prune() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(properties.dir())) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        for (String old : Retention.toDelete(names, properties.keep())) {
            Files.deleteIfExists(properties.dir().resolve(old));
            log.info("Backup {} deleted (keeping the newest {})", old, properties.keep());
        }
    }

    private List<BackupFile> list() {
        if (!Files.isDirectory(properties.dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.dir())) {
            return files.filter(f -> Retention.isBackup(f.getFileName().toString()))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString(), Retention.NEWEST_FIRST))
                    .map(f -> new BackupFile(f.getFileName().toString(), modified(f), sizeOf(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String nextName() {
        String stamp = STAMP.format(clock.instant());
        String name = "plumbline-" + stamp + ".zip";
        for (int n = 2; Files.exists(properties.dir().resolve(name)); n++) {
            name = "plumbline-" + stamp + "-" + n + ".zip";
        }
        return name;
    }

    private long expectedSize() {
        return list().stream().findFirst().map(BackupFile::bytes)
                .orElseGet(() -> Files.exists(databaseFile) ? sizeOf(databaseFile) : 0);
    }

    private void deleteLeftoverParts() throws IOException {
        try (Stream<Path> files = Files.list(properties.dir())) {
            files.filter(f -> f.getFileName().toString().endsWith(".zip.part")
                    && !f.equals(partFile(progress.name()))).forEach(BackupService::deleteQuietly);
        }
    }

    private Path partFile(String name) {
        return properties.dir().resolve(name + ".part");
    }

    private void requireSupported() {
        if (database() != BackupSetup.Database.H2_FILE) {
            throw new IllegalStateException("This database is backed up outside Plumbline: " + database());
        }
    }

    private BackupSetup.Database database() {
        if (database == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                String url = connection.getMetaData().getURL();
                database = switch (product) {
                    case "H2" -> url.startsWith("jdbc:h2:file:") ? BackupSetup.Database.H2_FILE
                            : BackupSetup.Database.IN_MEMORY;
                    case "PostgreSQL" -> BackupSetup.Database.POSTGRESQL;
                    default -> BackupSetup.Database.OTHER;
                };
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database", e);
            }
        }
        return database;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
