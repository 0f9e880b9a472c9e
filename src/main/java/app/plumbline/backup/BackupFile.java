package app.plumbline.backup;

import java.time.Instant;

/** A finished backup in the backup directory. */
public record BackupFile(String name, Instant taken, long bytes) {
}
