package app.plumbline.reminder;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute ({@code plumbline.reminders.cron}), sends the reminders due now. The database lock
 * lets one instance at a time run it; the outbox's unique claim keeps a reminder single even if
 * two ran at once.
 */
@Component
class ReminderJob {

    static final String LOCK = "reminders";

    private final ReminderSender sender;
    private final Clock clock;

    ReminderJob(ReminderSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(cron = "${plumbline.reminders.cron}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void run() {
        sender.sendDue(clock.instant());
    }
}
