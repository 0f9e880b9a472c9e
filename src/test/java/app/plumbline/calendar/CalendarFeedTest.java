package app.plumbline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.plumbline.audit.AuditLog;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Maria Lopez (Anna Berg's patient) subscribes; the feed is fetched through the app's security
 * filters with nobody signed in, and read back with ical4j, a second iCalendar library.
 */
@ServiceTest
class CalendarFeedTest {

    /** Each request comes from its own address, so the per-address limit never decides a test. */
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ProgramService programs;
    @Autowired
    app.plumbline.patient.PatientService patients;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPatients demo;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    CalendarFeedRepository repository;
    @Autowired
    app.plumbline.clinic.PortalAddresses portals;
    @Autowired
    java.time.Clock clock;

    private MockMvc http;
    private Long maria;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from calendar_feed");
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        maria = demo.id("anna.berg", "Maria Lopez");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theFeedIsValidICalendarWithHomeExercisesAnAlarmAndStableUids() throws Exception {
        signIn.as("maria.lopez");
        PatientRef me = signIn.ref(maria);
        FeedAddress address = feeds.switchOn(me);
        List<String> exerciseNames = programs.active(me).orElseThrow().items().stream()
                .map(ActiveProgram.Item::exercise).filter(Objects::nonNull).map(e -> e.name()).toList();
        signIn.out();

        MockHttpServletResponse response = fetch(address.path());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Set-Cookie")).as("no session for a feed").isNull();
        String text = response.getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Home exercises");
        assertThat(value(calendar, "X-PUBLISHED-TTL")).isEqualTo("PT6H");
        assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("PT6H");

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty();
        LocalDate today = TestClock.today();
        ZoneId zone = ZoneId.systemDefault();
        // The clinic's portal address from Clinic settings (other tests may change it), else the request's.
        String portalLink = portals.of(me.clinicId()).orElse("http://localhost/");
        for (VEvent event : events) {
            assertThat(value(event, Property.SUMMARY)).isEqualTo("Home exercises");
            assertThat(value(event, Property.DESCRIPTION)).isEqualTo(portalLink);
            assertThat(value(event, Property.DTSTAMP)).isNotBlank();
            Instant start = Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate());
            assertThat(LocalDate.ofInstant(start, zone)).isBetween(today.minusDays(PublishedFeeds.DAYS_BACK),
                    today.plusWeeks(PublishedFeeds.WEEKS_AHEAD));
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(value(alarms.getFirst(), Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(value(alarms.getFirst(), Property.TRIGGER)).isEqualTo("-PT10M");
        }
        List<String> uids = events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
        assertThat(uids).doesNotHaveDuplicates();
        assertThat(text).doesNotContainIgnoringCase("Maria").doesNotContainIgnoringCase("Lopez")
                .doesNotContainIgnoringCase("pain");
        assertThat(exerciseNames).isNotEmpty().allSatisfy(name -> assertThat(text).doesNotContain(name));

        List<VEvent> again = new CalendarBuilder().build(new StringReader(fetch(address.path()).getContentAsString()))
                .getComponents(Component.VEVENT);
        assertThat(again.stream().map(e -> e.getUid().orElseThrow().getValue()).toList())
                .as("a refresh updates the same events").isEqualTo(uids);
    }

    @Test
    void unknownMalformedAndRevokedAddressesAreTheSameBare404() throws Exception {
        signIn.as("maria.lopez");
        PatientRef me = signIn.ref(maria);
        FeedAddress address = feeds.switchOn(me);
        feeds.switchOff(me);
        signIn.out();

        MockHttpServletResponse revoked = fetch(address.path());
        MockHttpServletResponse unknown = fetch(new FeedAddress(CalendarFeed.newToken()).path());
        MockHttpServletResponse malformed = fetch("calendar/abc.ics");

        for (MockHttpServletResponse response : List.of(revoked, unknown, malformed)) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo("Not found");
            assertThat(response.getHeader("Set-Cookie")).isNull();
        }
    }

    @Test
    void aDeactivatedPatientsAddressAnswersAsIfUnknownUntilReactivated() throws Exception {
        signIn.as("maria.lopez");
        FeedAddress address = feeds.switchOn(signIn.ref(maria));
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);
        patients.setActive(annas, false);
        try {
            signIn.out();
            assertThat(fetch(address.path()).getStatus()).isEqualTo(404);
        } finally {
            signIn.as("anna.berg");
            patients.setActive(annas, true);
            signIn.out();
        }
        assertThat(fetch(address.path()).getStatus()).isEqualTo(200);
    }

    @Test
    void theDatabaseKeepsOneWorkingAddressPerPatientEvenForTwoClicksAtOnce() {
        signIn.as("maria.lopez");
        PatientRef me = signIn.ref(maria);
        feeds.switchOn(me);
        CalendarFeed second = new CalendarFeed(maria, me.clinicId(), me.accountId(), clock.instant());

        assertThatThrownBy(() -> repository.saveAndFlush(second))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void renewingMakesANewAddressAndTheOldOneStopsWorking() throws Exception {
        signIn.as("maria.lopez");
        PatientRef me = signIn.ref(maria);
        FeedAddress old = feeds.switchOn(me);
        assertThat(feeds.switchOn(me)).as("switching on again keeps the address").isEqualTo(old);
        FeedAddress renewed = feeds.renew(me);
        signIn.out();

        assertThat(renewed.token()).isNotEqualTo(old.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(fetch(old.path()).getStatus()).isEqualTo(404);
        assertThat(fetch(renewed.path()).getStatus()).isEqualTo(200);
        audit.awaitWritten();
        assertThat(audit.actionsFor(maria)).contains("calendar.on", "calendar.renew");
        assertThat(String.join("\n", audit.rowsFor(maria))).doesNotContain(old.token()).doesNotContain(renewed.token());
    }

    @Test
    void onlyMariaSeesHerAddressAndChangesIt() {
        signIn.as("maria.lopez");
        PatientRef hers = signIn.ref(maria);
        feeds.switchOn(hers);
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);

        assertThat(feeds.status(annas).on()).as("her therapist sees that it is on").isTrue();
        assertThatThrownBy(() -> feeds.address(annas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.renew(annas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.switchOff(annas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.address(hers)).as("a proof made for Maria").isInstanceOf(AccessDeniedException.class);
        signIn.as("david.kim");
        assertThatThrownBy(() -> feeds.address(hers)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.ref(maria)).isInstanceOf(AccessDeniedException.class);

        signIn.as("maria.lopez");
        feeds.switchOff(hers);
        assertThat(feeds.status(hers).on()).isFalse();
        assertThat(feeds.address(hers)).isEmpty();
        audit.awaitWritten();
        assertThat(audit.actionsFor(maria)).contains("calendar.off");
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return http.perform(get("/" + path).with(this::fromNewAddress)).andReturn().getResponse();
    }

    private org.springframework.mock.web.MockHttpServletRequest fromNewAddress(
            org.springframework.mock.web.MockHttpServletRequest request) {
        request.setRemoteAddr("10.18." + (ADDRESS.get() / 250) + "." + (ADDRESS.incrementAndGet() % 250 + 1));
        return request;
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }
}
