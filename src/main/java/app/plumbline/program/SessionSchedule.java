package app.plumbline.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * When one prescription is done, and nothing else: fixed weekdays (empty for "days per week"),
 * days per week, times per day and the dates it runs. No exercise, no dose, no note, so what holds
 * only this reveals nothing about the patient's health.
 */
public record SessionSchedule(Set<DayOfWeek> weekdays, int daysPerWeek, int timesPerDay, LocalDate startDate,
        LocalDate endDate) {

    public SessionSchedule {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("days per week must be 1 to 7, not " + daysPerWeek);
        }
        if (timesPerDay < 1) {
            throw new IllegalArgumentException("times per day must be at least 1, not " + timesPerDay);
        }
    }

    /** The prescription's schedule; a dose without days or times means every day, once. */
    public static SessionSchedule of(Prescription p) {
        Integer perWeek = p.dosage() == null ? null : p.dosage().daysPerWeek();
        Integer perDay = p.dosage() == null ? null : p.dosage().timesPerDay();
        int days = !p.weekdays().isEmpty() ? p.weekdays().size() : perWeek == null ? 7 : perWeek;
        return new SessionSchedule(p.weekdays(), days, perDay == null ? 1 : perDay, p.startDate(), p.endDate());
    }

    /** Whether the day lies between the start and end dates (both included, either may be open). */
    public boolean runsOn(LocalDate day) {
        return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate));
    }
}
