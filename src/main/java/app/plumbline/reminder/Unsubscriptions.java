package app.plumbline.reminder;

import app.plumbline.audit.AuditLog;
import app.plumbline.patient.PatientContacts;
import app.plumbline.security.SystemAccounts;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-click unsubscribe behind the link in every reminder email. Nobody is signed in: the
 * long random token in the link is the access check, and it reaches one thing only, switching the
 * patient's email reminders off. The audit row names the patient's own account as the actor (the
 * link was sent to the patient), with "via the unsubscribe link".
 */
@Component
class Unsubscriptions {

    private final ReminderPlanRepository plans;
    private final PatientContacts contacts;
    private final SystemAccounts system;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    Unsubscriptions(ReminderPlanRepository plans, PatientContacts contacts, SystemAccounts system, AuditLog audit,
            TransactionTemplate tx) {
        this.plans = plans;
        this.contacts = contacts;
        this.system = system;
        this.audit = audit;
        this.tx = tx;
    }

    /** Whether the link is known (the confirmation page says so or not); says nothing about whom. */
    boolean known(String token) {
        return valid(token) && plans.findByUnsubscribeToken(token).isPresent();
    }

    /** Switches email reminders and message notices off; true when the link was known. Doing it twice changes nothing more. */
    boolean unsubscribe(String token) {
        if (!valid(token)) {
            return false;
        }
        Optional<ReminderPlan> found = plans.findByUnsubscribeToken(token);
        if (found.isEmpty()) {
            return false;
        }
        Long patientId = found.get().getPatientId();
        Long accountId = contacts.accountForJob(patientId).orElse(null);
        if (accountId == null) {
            return false;
        }
        system.runAs(accountId, () -> tx.execute(s -> {
            ReminderPlan plan = plans.findByUnsubscribeToken(token).orElseThrow();
            if (plan.isEmail() || plan.isMessageNotices()) {
                plan.unsubscribeEmail();
                audit.write(patientId, "reminder.unsubscribe", "reminder and message emails off via the unsubscribe link");
            }
            return null;
        }));
        return true;
    }

    private static boolean valid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }
}
