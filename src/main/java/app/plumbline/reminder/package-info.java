/**
 * Reminders between visits: each patient's reminder plan (days, times, channels, in the clinic's
 * time zone), the scheduled job that sends what is due through a {@link app.plumbline.reminder.ReminderChannel}
 * (email now), the restrained nudges, one-click unsubscribe, and the outbox of everything sent or
 * that would have been sent. No message carries health details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "catalog", "clinic", "patient", "program", "security", "sessionlog"
})
package app.plumbline.reminder;
