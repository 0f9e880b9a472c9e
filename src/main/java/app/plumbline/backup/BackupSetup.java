package app.plumbline.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the Backups screen explains: which database this is, where backups go, how many are kept
 * and when the next scheduled one runs ({@code null} when the schedule is off).
 */
public record BackupSetup(Database database, Path dir, int keep, String cron, Instant nextScheduled) {

    public enum Database {
        /** The built-in H2 database in a file: backed up here, online. */
        H2_FILE,
        /** An in-memory H2 database (tests): nothing to back up. */
        IN_MEMORY,
        /** PostgreSQL: backups are pg_dump's job. */
        POSTGRESQL,
        /** Any other database: back it up with its own tools. */
        OTHER
    }

    public boolean supported() {
        return database == Database.H2_FILE;
    }
}
