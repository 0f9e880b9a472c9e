package app.plumbline.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Writes the feed as iCalendar (RFC 5545) text with biweekly, the one place that knows the format.
 * Times are in UTC ("Z"), which Google Calendar, Apple Calendar and Thunderbird all read and which
 * needs no VTIMEZONE; the clinic's zone goes along as X-WR-TIMEZONE for display. No METHOD: a
 * subscription is not an iTIP message (METHOD:PUBLISH would ask for an ORGANIZER in every event). Every event says
 * only "Home exercises" and the portal link; its UID is the day, the session's number and the
 * address's key, so a refresh updates events instead of adding copies. The alarm (DISPLAY, 10
 * minutes before) is honoured by Apple Calendar and Thunderbird; Google ignores alarms in
 * subscribed calendars.
 */
final class ICalendarWriter {

    static final String SUMMARY = "Home exercises";
    static final String CALENDAR_NAME = "Home exercises";
    static final int SESSION_MINUTES = 30;
    static final int ALARM_MINUTES_BEFORE = 10;
    /** How often a calendar app should fetch the feed again (RFC 7986 and Apple's/Microsoft's name for it). */
    static final java.time.Duration REFRESH = java.time.Duration.ofHours(6);

    private ICalendarWriter() {
    }

    static String write(List<CalendarSession> sessions, String uidKey, String portalLink, ZoneId zone, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Plumbline//Calendar feed//EN");
        calendar.setName(CALENDAR_NAME);
        calendar.setExperimentalProperty("X-WR-CALNAME", CALENDAR_NAME);
        calendar.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        calendar.setRefreshInterval(Duration.builder().hours((int) REFRESH.toHours()).build());
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT" + REFRESH.toHours() + "H");
        Date stamp = Date.from(now);
        for (CalendarSession session : sessions) {
            calendar.addEvent(event(session, uidKey, portalLink, stamp));
        }
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(CalendarSession session, String uidKey, String portalLink, Date stamp) {
        VEvent event = new VEvent();
        event.setUid(session.day() + "-" + session.number() + "-" + uidKey + "@plumbline");
        event.setDateTimeStamp(stamp);
        event.setDateStart(Date.from(session.start()), true);
        event.setDateEnd(Date.from(session.start().plusSeconds(SESSION_MINUTES * 60L)), true);
        event.setSummary(SUMMARY);
        event.setDescription(portalLink);
        event.setTransparency(true);
        event.addAlarm(VAlarm.display(new Trigger(Duration.builder().prior(true).minutes(ALARM_MINUTES_BEFORE).build(),
                Related.START), SUMMARY));
        return event;
    }
}
