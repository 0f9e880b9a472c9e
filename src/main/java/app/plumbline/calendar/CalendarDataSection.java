package app.plumbline.calendar;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Whether the patient's calendar feed is on, and since when, in the patient's data file; never its
 * address: the token in it is a key to the feed, and a file passed on must not pass that on.
 */
@Component
class CalendarDataSection implements PatientDataSection {

    record CalendarData(boolean on, String since) {
    }

    private final CalendarFeedRepository feeds;
    private final PatientAccess access;

    CalendarDataSection(CalendarFeedRepository feeds, PatientAccess access) {
        this.feeds = feeds;
        this.access = access;
    }

    @Override
    public String name() {
        return "calendarFeed";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        return feeds.findByPatientIdAndRevokedAtIsNull(access.reader(patientRef).id())
                .map(f -> new CalendarData(true, PatientDataSection.time(f.getCreatedAt(), zone)))
                .orElse(new CalendarData(false, null));
    }
}
