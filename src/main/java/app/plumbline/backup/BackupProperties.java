package app.plumbline.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where backups go, how many are kept and when the scheduled one runs.
 *
 * @param dir  the backup directory (relative to the working directory, or absolute)
 * @param keep how many backups to keep; older ones are deleted after each new backup
 * @param cron when the scheduled backup runs (Spring cron: second minute hour day month weekday);
 *             {@code -} turns it off
 */
@ConfigurationProperties("plumbline.backup")
public record BackupProperties(Path dir, int keep, String cron) {

    public BackupProperties {
        dir = dir.toAbsolutePath().normalize();
        if (keep < 1) {
            throw new IllegalArgumentException("plumbline.backup.keep must be at least 1, not " + keep);
        }
    }

    public boolean scheduled() {
        return !"-".equals(cron);
    }
}
