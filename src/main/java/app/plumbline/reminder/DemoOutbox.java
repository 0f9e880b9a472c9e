package app.plumbline.reminder;

import app.plumbline.security.SystemAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the demo clinic's outbox the way the job would have: the plans its patients saved are
 * dated back a few days ("chosen then"), and the real sender runs at every half hour from then to
 * now (its catch-up window is half an hour, so no reminder falls between two runs). Without a mail
 * server the rows say "not sent". Only for the demo clinic, and only while its outbox is empty.
 */
@Component
public class DemoOutbox {

    private final ReminderPlanRepository plans;
    private final OutboxRepository outbox;
    private final ReminderSender sender;
    private final SystemAccounts system;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoOutbox(ReminderPlanRepository plans, OutboxRepository outbox, ReminderSender sender, SystemAccounts system,
            TransactionTemplate tx, Clock clock) {
        this.plans = plans;
        this.outbox = outbox;
        this.sender = sender;
        this.system = system;
        this.tx = tx;
        this.clock = clock;
    }

    /** Returns the outbox rows written; none when the clinic is not the demo's or has rows already. */
    public int replay(Long clinicId, int days) {
        boolean demo = system.demoClinic().map(c -> c.getId().equals(clinicId)).orElse(false);
        if (!demo || outbox.existsByClinicId(clinicId)) {
            return 0;
        }
        tx.executeWithoutResult(s -> plans.findByClinicId(clinicId).forEach(p -> p.datedBack(days)));
        Instant now = clock.instant();
        List<Instant> runs = new ArrayList<>();
        for (Instant at = now.minus(Duration.ofDays(days)); at.isBefore(now); at = at.plus(Duration.ofMinutes(30))) {
            runs.add(at);
        }
        runs.add(now);
        return sender.sendDue(runs);
    }
}
