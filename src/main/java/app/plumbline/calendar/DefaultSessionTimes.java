package app.plumbline.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Session times when nothing better is known: once a day at 18:00 (after work or school); twice at
 * 08:00 and 18:00; more often spread evenly from 08:00 to 20:00, on the quarter hour. Not a bean,
 * so that a {@link SessionTimes} bean from elsewhere replaces it without a conflict.
 */
final class DefaultSessionTimes implements SessionTimes {

    static final LocalTime EVENING = LocalTime.of(18, 0);
    static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final LocalTime LAST = LocalTime.of(20, 0);

    @Override
    public List<LocalTime> timesOn(Long patientId, LocalDate day, int sessions) {
        if (sessions <= 1) {
            return List.of(EVENING);
        }
        if (sessions == 2) {
            return List.of(MORNING, EVENING);
        }
        long span = java.time.Duration.between(MORNING, LAST).toMinutes();
        List<LocalTime> times = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            long minutes = Math.round(span * i / (double) (sessions - 1) / 15.0) * 15;
            times.add(MORNING.plusMinutes(minutes));
        }
        return times;
    }
}
