package app.plumbline.audit;

import java.util.Locale;
import java.util.Map;

/**
 * The audit trail's action codes in words. The codes stay in the table and the CSV (filters and
 * scripts match on them); people read the words. An unknown code is shown as its own words.
 */
final class AuditActions {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("login", "Signed in"),
            Map.entry("logout", "Signed out"),
            Map.entry("login.throttled", "Sign-in paused after failed tries"),
            Map.entry("access.refused", "Refused access"),
            Map.entry("route.refused", "Refused a page"),
            Map.entry("account.activate", "Activated a login"),
            Map.entry("account.activate.throttled", "Activation paused after wrong codes"),
            Map.entry("account.change-password", "Changed password"),
            Map.entry("account.change-password.throttled", "Password change paused after wrong tries"),
            Map.entry("account.create", "Created an account"),
            Map.entry("account.deactivate", "Deactivated an account"),
            Map.entry("account.reactivate", "Reactivated an account"),
            Map.entry("account.end-sessions", "Ended sessions"),
            Map.entry("account.reset-login", "Reset a patient's login"),
            Map.entry("patient.access", "Opened patient data"),
            Map.entry("patient.create", "Added a patient"),
            Map.entry("patient.create-for-account", "Added a patient for a login"),
            Map.entry("patient.update", "Changed patient details"),
            Map.entry("patient.deactivate", "Deactivated a patient"),
            Map.entry("patient.reactivate", "Reactivated a patient"),
            Map.entry("patient.activation-code", "Made an activation code"),
            Map.entry("assessment.create", "Recorded an assessment"),
            Map.entry("program.draft.save", "Saved a program draft"),
            Map.entry("program.publish", "Published a program version"),
            Map.entry("session.access", "Opened a session"),
            Map.entry("session.create", "Logged a session"),
            Map.entry("session.update", "Changed a session"),
            Map.entry("session.delete", "Deleted a session"),
            Map.entry("session.next-morning", "Logged next-morning pain"),
            Map.entry("session.paper", "Typed in a paper log"),
            Map.entry("session.import", "Imported sessions"),
            Map.entry("redflag.acknowledge", "Acknowledged a red flag"),
            Map.entry("alert.snooze", "Snoozed an alert"),
            Map.entry("suggestion.apply", "Applied a suggestion"),
            Map.entry("suggestion.dismiss", "Dismissed a suggestion"),
            Map.entry("outcome.access", "Opened outcome measures"),
            Map.entry("outcome.assign", "Scheduled a questionnaire"),
            Map.entry("outcome.start", "Started a questionnaire"),
            Map.entry("outcome.answer", "Answered a questionnaire item"),
            Map.entry("outcome.submit", "Submitted a questionnaire"),
            Map.entry("outcome.paper", "Typed in a paper questionnaire"),
            Map.entry("outcome.stop", "Stopped a questionnaire"),
            Map.entry("outcome.discharge", "Asked discharge questionnaires"),
            Map.entry("message.send", "Sent a message"),
            Map.entry("message.read", "Read a message"),
            Map.entry("clinic.settings", "Changed clinic settings"),
            Map.entry("clinic.logo", "Changed the clinic logo"),
            Map.entry("backup.start", "Started a backup"));

    private AuditActions() {
    }

    static String inWords(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String words = WORDS.get(action);
        if (words != null) {
            return words;
        }
        String plain = action.replace('.', ' ').replace('-', ' ').strip();
        return plain.substring(0, 1).toUpperCase(Locale.ROOT) + plain.substring(1);
    }
}
