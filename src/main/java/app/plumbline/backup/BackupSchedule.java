package app.plumbline.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup: {@code plumbline.backup.cron}, daily at 02:30 unless set otherwise; on one
 * instance only when several share the database (the scheduler lock).
 */
@Component
class BackupSchedule {

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${plumbline.backup.cron}")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void backUp() {
        backups.scheduled();
    }
}
