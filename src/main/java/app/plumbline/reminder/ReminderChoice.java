package app.plumbline.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What the patient chose on the Reminders screen.
 *
 * @param messageNotices whether an email says when the clinic has written (without the message)
 */
public record ReminderChoice(boolean on, Set<DayOfWeek> days, List<LocalTime> times, boolean email, boolean push,
        boolean messageNotices) {

    /** With message notices by email. */
    public ReminderChoice(boolean on, Set<DayOfWeek> days, List<LocalTime> times, boolean email, boolean push) {
        this(on, days, times, email, push, true);
    }

    /** By email only, with message notices by email. */
    public ReminderChoice(boolean on, Set<DayOfWeek> days, List<LocalTime> times, boolean email) {
        this(on, days, times, email, false);
    }
}
