package app.plumbline.calendar;

import app.plumbline.program.SessionSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sessions fall in a window of days, for the calendar feed. A day has as many sessions as
 * the most frequent of the prescriptions due that day (twice a day for one exercise makes two
 * sessions). Fixed weekdays are due on those days. "N days a week" without fixed days leaves the
 * days to the patient (today's plan counts them as done); a calendar must show some, so they are
 * spread over Monday to Sunday: 1 = Mon, 2 = Mon Thu, 3 = Mon Wed Fri, 4 = Mon Tue Thu Sat,
 * 5 = Mon Tue Wed Fri Sat, 6 = Mon to Sat. Nothing before a prescription's start date or after its
 * end date. Times of day are the clinic's local times; a time that a daylight-saving change skips
 * moves on by the gap (02:30 becomes 03:30), as {@link ZonedDateTime#of} does.
 */
final class SessionCalendar {

    private SessionCalendar() {
    }

    private static final SessionTimes DEFAULTS = new DefaultSessionTimes();

    /** The sessions from {@code from} to {@code to}, both included, in order. */
    static List<CalendarSession> sessions(List<SessionSchedule> schedules, LocalDate from, LocalDate to, ZoneId zone,
            Long patientId, SessionTimes times) {
        List<CalendarSession> sessions = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int count = sessionsOn(schedules, day);
            if (count == 0) {
                continue;
            }
            List<LocalTime> chosen = times.timesOn(patientId, day, count);
            List<LocalTime> starts = (chosen.isEmpty() ? DEFAULTS.timesOn(patientId, day, count) : chosen).stream()
                    .sorted().toList();
            for (int i = 0; i < starts.size(); i++) {
                sessions.add(new CalendarSession(day, i + 1, ZonedDateTime.of(day, starts.get(i), zone).toInstant()));
            }
        }
        return sessions;
    }

    /** How many sessions the day has: the most times per day among the prescriptions due, or 0. */
    static int sessionsOn(List<SessionSchedule> schedules, LocalDate day) {
        return schedules.stream().filter(s -> s.runsOn(day) && dueOn(s, day.getDayOfWeek()))
                .mapToInt(SessionSchedule::timesPerDay).max().orElse(0);
    }

    static boolean dueOn(SessionSchedule s, DayOfWeek weekday) {
        if (!s.weekdays().isEmpty()) {
            return s.weekdays().contains(weekday);
        }
        int index = weekday.getValue() - 1;
        for (int i = 0; i < s.daysPerWeek(); i++) {
            if (i * 7 / s.daysPerWeek() == index) {
                return true;
            }
        }
        return false;
    }
}
