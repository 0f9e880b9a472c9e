package app.plumbline.backup;

/**
 * The backup now running or last run. While running, {@code written} bytes of the zip are on disk
 * and {@code expected} is what the last backup weighed (or the database file, for the first), so
 * the fraction is an estimate that stays below 1 until the backup is done.
 */
public record BackupProgress(String name, boolean running, long written, long expected, BackupFile done,
        String failure) {

    static BackupProgress started(String name, long expected) {
        return new BackupProgress(name, true, 0, expected, null, null);
    }

    public double fraction() {
        if (done != null) {
            return 1;
        }
        return expected <= 0 ? 0 : Math.min(0.99, (double) written / expected);
    }

    public boolean failed() {
        return failure != null;
    }
}
