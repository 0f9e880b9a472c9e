package app.plumbline.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What the patient chose on the Reminders screen. */
public record ReminderChoice(boolean on, Set<DayOfWeek> days, List<LocalTime> times, boolean email, boolean push) {

    /** By email only. */
    public ReminderChoice(boolean on, Set<DayOfWeek> days, List<LocalTime> times, boolean email) {
        this(on, days, times, email, false);
    }
}
