package app.plumbline.reminder;

import java.time.ZonedDateTime;

/** One outbox row as the admin page shows it, with the patient by name and times in the clinic's zone. */
public record OutboxLine(Long id, String patientName, Channel channel, ReminderKind kind, ZonedDateTime scheduledFor,
        OutboxStatus status, String reason, ZonedDateTime attemptedAt) {
}
