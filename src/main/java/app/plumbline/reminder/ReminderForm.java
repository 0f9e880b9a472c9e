package app.plumbline.reminder;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * What the patient's Reminders screen shows: the choice (saved, or the defaults from the program),
 * the email address reminders go to (null when the clinic has none), the program's own days (to
 * say why these are suggested), the quiet hours, and the clinic's time zone.
 *
 * @param saved false while the patient has not saved a plan yet (the choice holds the defaults)
 */
public record ReminderForm(ReminderChoice choice, boolean saved, String email, Set<DayOfWeek> programDays,
        String quietHours, String zone) {
}
