package app.plumbline.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** One scheduled session: the clinic's day, which session of that day (from 1), when it starts. */
record CalendarSession(LocalDate day, int number, Instant start) {
}
