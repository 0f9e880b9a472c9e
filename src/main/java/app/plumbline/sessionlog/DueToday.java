package app.plumbline.sessionlog;

import app.plumbline.program.Prescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which exercises are due on a date. Fixed weekdays: due on those days. Days per week without
 * fixed days: due on any day until the week (Monday to Sunday) has that many days with the
 * exercise done. Never before its start date or after its end date. Twice (or more) a day: the
 * next session is "session 2 of 2" and holds only the exercises prescribed that often.
 */
public final class DueToday {

    /** @param sessionNumber which session of the day comes next; above sessionsPerDay when all are done. */
    public record Plan(LocalDate date, int sessionNumber, int sessionsPerDay, List<Prescription> due) {

        public boolean allDone() {
            return sessionsPerDay > 0 && sessionNumber > sessionsPerDay;
        }
    }

    private DueToday() {
    }

    /**
     * @param daysDoneThisWeek per exercise, the days of the date's week on which it was done (today included)
     * @param sessionsToday how many sessions the patient already logged today
     */
    public static Plan plan(List<Prescription> prescriptions, LocalDate date,
            Map<Long, Set<LocalDate>> daysDoneThisWeek, int sessionsToday) {
        List<Prescription> dueToday = prescriptions.stream()
                .filter(p -> isDueOn(p, date, daysDoneThisWeek.getOrDefault(p.exerciseId(), Set.of())))
                .toList();
        int perDay = dueToday.stream().mapToInt(p -> timesPerDay(p)).max().orElse(0);
        int next = sessionsToday + 1;
        List<Prescription> inSession = dueToday.stream().filter(p -> timesPerDay(p) >= next).toList();
        return new Plan(date, next, perDay, inSession);
    }

    static boolean isDueOn(Prescription p, LocalDate date, Set<LocalDate> doneThisWeek) {
        if (p.startDate() != null && date.isBefore(p.startDate())) {
            return false;
        }
        if (p.endDate() != null && date.isAfter(p.endDate())) {
            return false;
        }
        if (!p.weekdays().isEmpty()) {
            return p.weekdays().contains(date.getDayOfWeek());
        }
        int perWeek = p.dosage().daysPerWeek() == null ? 7 : p.dosage().daysPerWeek();
        if (perWeek >= 7 || doneThisWeek.contains(date)) {
            return true;
        }
        long otherDays = doneThisWeek.stream().filter(d -> !d.equals(date)).count();
        return otherDays < perWeek;
    }

    private static int timesPerDay(Prescription p) {
        return p.dosage().timesPerDay() == null ? 1 : p.dosage().timesPerDay();
    }
}
