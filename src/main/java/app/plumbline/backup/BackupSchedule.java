package app.plumbline.backup;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled backup: {@code plumbline.backup.cron}, daily at 02:30 unless set otherwise. */
@Component
class BackupSchedule {

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${plumbline.backup.cron}")
    void backUp() {
        backups.scheduled();
    }
}
