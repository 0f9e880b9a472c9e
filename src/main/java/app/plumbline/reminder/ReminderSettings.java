package app.plumbline.reminder;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reminder settings of this installation (README, "Reminders"): the sender address, the
 * address links fall back to when a clinic set no portal address, whether a mail server is
 * configured, and the clinic-wide nudge rules.
 */
@Component
public class ReminderSettings {

    private final String from;
    private final String baseUrl;
    private final boolean mailServer;
    private final NudgeRules rules;

    ReminderSettings(@Value("${plumbline.reminders.from}") String from,
            @Value("${plumbline.reminders.base-url}") String baseUrl,
            @Value("${spring.mail.host:}") String mailHost,
            @Value("${plumbline.reminders.evening}") LocalTime evening,
            @Value("${plumbline.reminders.missed-days}") int missedDays,
            @Value("${plumbline.reminders.quiet-from}") LocalTime quietFrom,
            @Value("${plumbline.reminders.quiet-until}") LocalTime quietUntil) {
        this.from = from;
        this.baseUrl = withoutSlash(baseUrl);
        this.mailServer = mailHost != null && !mailHost.isBlank();
        this.rules = new NudgeRules(evening, missedDays, quietFrom, quietUntil, Duration.ofMinutes(30));
    }

    public String from() {
        return from;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Whether spring.mail.host is set; without it no email is sent and the admin is told. */
    public boolean mailServer() {
        return mailServer;
    }

    public NudgeRules rules() {
        return rules;
    }

    static String withoutSlash(String url) {
        String u = url == null ? "" : url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
