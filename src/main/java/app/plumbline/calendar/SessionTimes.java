package app.plumbline.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The port through which the calendar feed learns at what time of day a patient does their
 * sessions, in the clinic's time zone. The reminder plan (the patient's chosen times) implements
 * it; while no bean does, or it knows no times, {@link DefaultSessionTimes} answers.
 */
public interface SessionTimes {

    /**
     * The start times of the patient's sessions on the day, earliest first: one per session, or
     * the patient's own choice of times; empty when nothing is known ({@link DefaultSessionTimes}
     * then answers).
     *
     * @param sessions how many sessions the program schedules that day (at least 1)
     */
    List<LocalTime> timesOn(Long patientId, LocalDate day, int sessions);
}
