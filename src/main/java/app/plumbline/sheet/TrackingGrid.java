package app.plumbline.sheet;

import app.plumbline.program.Prescription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper log: weeks of days from a first day, a row per exercise with a box per scheduled
 * session (times per day on each day the exercise is due), and a row for pain. Exercises on "N
 * days a week" without fixed weekdays get boxes every day and say "any N days".
 */
public record TrackingGrid(List<Week> weeks) {

    public static final int WEEKS = 4;

    public record Week(int number, List<LocalDate> days, List<Row> rows) {
    }

    /** boxes: sessions per day, 0 where the exercise is not due that day. */
    public record Row(int position, String exercise, String when, List<Integer> boxes) {
    }

    /** names: each prescription's exercise name, in the same order. */
    public static TrackingGrid of(List<Prescription> prescriptions, List<String> names, LocalDate firstDay,
            int weekCount) {
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < weekCount; w++) {
            List<LocalDate> days = firstDay.plusWeeks(w).datesUntil(firstDay.plusWeeks(w + 1L)).toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < prescriptions.size(); i++) {
                Prescription p = prescriptions.get(i);
                rows.add(new Row(i + 1, names.get(i), when(p), days.stream().map(d -> boxes(p, d)).toList()));
            }
            weeks.add(new Week(w + 1, days, rows));
        }
        return new TrackingGrid(weeks);
    }

    /** Sessions of the prescription due on the day. */
    public static int boxes(Prescription p, LocalDate day) {
        if (p.startDate() != null && day.isBefore(p.startDate()) || p.endDate() != null && day.isAfter(p.endDate())) {
            return 0;
        }
        if (!p.weekdays().isEmpty() && !p.weekdays().contains(day.getDayOfWeek())) {
            return 0;
        }
        return p.dosage().timesPerDay() == null ? 1 : p.dosage().timesPerDay();
    }

    private static String when(Prescription p) {
        Integer days = p.dosage().daysPerWeek();
        if (p.weekdays().isEmpty() && days != null && days < 7) {
            return "any " + days + (days == 1 ? " day" : " days");
        }
        return null;
    }
}
