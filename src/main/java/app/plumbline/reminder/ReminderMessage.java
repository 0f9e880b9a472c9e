package app.plumbline.reminder;

import java.time.ZonedDateTime;

/**
 * One reminder as a channel delivers it. It carries only what a message may say: the first name,
 * the time, the portal link and the unsubscribe link; never exercises, pain or diagnoses.
 *
 * @param address where the channel sends it (an email address for email); null when none is known
 */
public record ReminderMessage(Long patientId, String address, String givenName, ReminderKind kind,
        ZonedDateTime scheduledFor, String portalUrl, String unsubscribeUrl) {

    /** The subject line (or a push notification's title). */
    public String subject() {
        return switch (kind) {
            case SCHEDULED -> "Time for your home exercises";
            case NOT_LOGGED -> "Your home exercises today";
            case MISSED -> "We missed you";
            case MESSAGE -> "A new message from your clinic";
        };
    }

    /** The plain text of an email: the greeting, {@link #body()}, the portal and unsubscribe links. */
    public String text() {
        return "Hello " + givenName + ",\n\n" + body() + "\n\nOpen the portal: " + portalUrl
                + "\n\nTo stop these emails, open: " + unsubscribeUrl + "\n";
    }

    /** What the reminder says, in one or two sentences (a push notification's text). */
    public String body() {
        String time = String.format("%02d:%02d", scheduledFor.getHour(), scheduledFor.getMinute());
        return switch (kind) {
            case SCHEDULED -> "It is " + time + ", the time you chose for your home exercises.";
            case NOT_LOGGED -> "It is " + time + " and nothing is logged for today yet. "
                    + "If you have done your exercises, you can log them in the portal.";
            case MISSED -> "We have not seen you in the portal for a few days. Whenever you are ready, "
                    + "your exercises are waiting. We will not remind you again until you log a session.";
            case MESSAGE -> "Your physiotherapy clinic wrote to you. Read it under Messages in the portal.";
        };
    }
}
