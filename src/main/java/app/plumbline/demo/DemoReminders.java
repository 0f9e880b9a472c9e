package app.plumbline.demo;

import app.plumbline.reminder.DemoOutbox;
import app.plumbline.reminder.ReminderService;
import app.plumbline.security.SystemAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo patients' reminders: each saves the plan the Reminders screen suggests (from their
 * program), as if three days ago, and the reminder job's own code fills the outbox for those days.
 * Without a mail server every row says "not sent: no mail server configured". Seeded once: a
 * patient with a plan is left alone, and an outbox with rows is not filled again.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "plumbline.demo.enabled", havingValue = "true")
class DemoReminders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReminders.class);
    static final int DAYS = 3;

    private final SystemAccounts system;
    private final ReminderService reminders;
    private final DemoOutbox outbox;

    DemoReminders(SystemAccounts system, ReminderService reminders, DemoOutbox outbox) {
        this.system = system;
        this.reminders = reminders;
        this.outbox = outbox;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (system.holdsRealData()) {
            return;
        }
        var clinic = system.demoClinic();
        if (clinic.isEmpty()) {
            return;
        }
        for (DemoPeople.DemoPatient p : DemoPeople.PATIENTS) {
            system.accountId(p.username()).ifPresent(account -> system.runAs(account, () -> {
                var form = reminders.myPlan();
                if (!form.saved()) {
                    reminders.save(form.choice());
                }
                return null;
            }));
        }
        int rows = outbox.replay(clinic.get().getId(), DAYS);
        if (rows > 0) {
            log.info("Demo outbox: {} reminders of the last {} days, as the reminder job produced them.", rows, DAYS);
        }
    }
}
