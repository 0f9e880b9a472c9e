/**
 * Reminders between visits: each patient's reminder plan (days, times, channels, in the clinic's
 * time zone), the scheduled job that sends what is due through a {@link app.plumbline.reminder.ReminderChannel}
 * (email, and push to the installed app), the restrained nudges, one-click unsubscribe, and the outbox of everything sent or
 * that would have been sent. No message carries health details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "calendar", "calendar :: ui", "catalog", "clinic", "message", "patient", "program",
        "push",
        "push :: ui", "security", "sessionlog"
})
package app.plumbline.reminder;
