package app.plumbline.calendar;

import app.plumbline.base.ClinicCalendar;
import app.plumbline.clinic.PortalAddresses;
import app.plumbline.program.ProgramSchedules;
import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a feed to whoever holds its address: the token is the credential, there is no sign-in.
 * An unknown, malformed and a revoked token look the same (empty), and so does the token of a
 * deactivated patient (whose login is off; reactivating brings the address back). The window runs from
 * {@link #DAYS_BACK} days before the clinic's today to {@link #WEEKS_AHEAD} weeks after it, from
 * the active program's schedule; earlier versions are not shown (a calendar app keeps what it had).
 */
@Component
class PublishedFeeds {

    static final int DAYS_BACK = 14;
    static final int WEEKS_AHEAD = 8;

    private final CalendarFeedRepository feeds;
    private final ProgramSchedules schedules;
    private final ClinicCalendar clinicCalendar;
    private final ObjectProvider<SessionTimes> sessionTimes;
    private final AccountDirectory accounts;
    private final PortalAddresses portals;
    private final Clock clock;

    PublishedFeeds(CalendarFeedRepository feeds, ProgramSchedules schedules, ClinicCalendar clinicCalendar,
            ObjectProvider<SessionTimes> sessionTimes, AccountDirectory accounts, PortalAddresses portals,
            Clock clock) {
        this.accounts = accounts;
        this.portals = portals;
        this.feeds = feeds;
        this.schedules = schedules;
        this.clinicCalendar = clinicCalendar;
        this.sessionTimes = sessionTimes;
        this.clock = clock;
    }

    /**
     * The feed's iCalendar text, or empty for an address that does not work (which, not said). The
     * events link to the clinic's portal address (Clinic settings, as on the sheets), or to the
     * address the request came in on when the clinic set none.
     */
    @Transactional(readOnly = true)
    public Optional<String> ics(String token, String requestAddress) {
        if (!CalendarFeed.wellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenAndRevokedAtIsNull(token)
                .filter(feed -> accounts.find(feed.getAccountId()).filter(AccountSummary::active).isPresent())
                .map(feed -> feed(feed, portals.of(feed.getClinicId()).orElse(requestAddress)));
    }

    private String feed(CalendarFeed feed, String portalLink) {
        ZoneId zone = clinicCalendar.zone(feed.getClinicId());
        LocalDate today = clinicCalendar.today(feed.getClinicId());
        var sessions = SessionCalendar.sessions(schedules.activeSchedules(feed.getPatientId()),
                today.minusDays(DAYS_BACK), today.plusWeeks(WEEKS_AHEAD), zone, feed.getPatientId(),
                sessionTimes.getIfAvailable(DefaultSessionTimes::new));
        return ICalendarWriter.write(sessions, feed.uidKey(), portalLink, zone, clock.instant());
    }
}
