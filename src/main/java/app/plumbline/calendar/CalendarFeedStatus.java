package app.plumbline.calendar;

import java.time.Instant;

/** Whether a patient's calendar feed is on, and since when; for the therapist too (no address). */
public record CalendarFeedStatus(boolean on, Instant since) {

    static final CalendarFeedStatus OFF = new CalendarFeedStatus(false, null);
}
