package app.plumbline.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A patient's chosen reminder days and times in the clinic's time zone, for other features (the
 * calendar feed) to read. {@code on} is false when the patient switched reminders off.
 */
public record ReminderTimes(Long patientId, Set<DayOfWeek> days, List<LocalTime> times, ZoneId zone, boolean on) {

    public ReminderTimes {
        days = Set.copyOf(days);
        times = times.stream().sorted().distinct().toList();
    }
}
