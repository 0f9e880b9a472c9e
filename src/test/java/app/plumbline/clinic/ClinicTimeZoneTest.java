package app.plumbline.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.ClinicCalendar;
import app.plumbline.base.InvalidInputException;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SessionInput;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clinic's day is the clinic's, not the server's. */
@ServiceTest
class ClinicTimeZoneTest {

    @Autowired
    ClinicSettingsService settings;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    SessionLogService sessions;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    app.plumbline.security.CurrentUser currentUser;

    @AfterEach
    void backToTheServersZone() {
        signIn.as("admin");
        var profile = settings.profile();
        settings.save(new ClinicSettingsInput(profile.name(), profile.contactLine(), profile.portalAddress(),
                profile.paperSize(), null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version());
        signIn.out();
    }

    /** A zone in which it is already another date than on the server now (a day ahead or behind). */
    private ZoneId zoneOnAnotherDate() {
        LocalDate serverDay = LocalDate.now(clock);
        return Stream.of("Pacific/Kiritimati", "Pacific/Pago_Pago").map(ZoneId::of)
                .filter(zone -> !LocalDate.now(clock.withZone(zone)).equals(serverDay)).findFirst().orElseThrow();
    }

    @Test
    void aSessionIsFiledUnderTheClinicsDateNotTheServers() {
        ZoneId clinicZone = zoneOnAnotherDate();
        LocalDate clinicDay = LocalDate.now(clock.withZone(clinicZone));
        signIn.as("admin");
        var profile = settings.profile();
        var saved = settings.save(new ClinicSettingsInput(profile.name(), profile.contactLine(),
                profile.portalAddress(), profile.paperSize(), clinicZone.getId(), ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version());
        assertThat(saved.timeZone()).isEqualTo(clinicZone.getId());
        Long clinicId = saved.clinicId();
        assertThat(calendar.today(clinicId)).isEqualTo(clinicDay).isNotEqualTo(LocalDate.now(clock));
        signIn.as(otherClinic.therapist());
        assertThat(currentUser.today()).isEqualTo(LocalDate.now(clock));

        signIn.as("helen.wright");
        var plan = sessions.today();
        assertThat(plan.date()).isEqualTo(clinicDay);
        var session = sessions.save(new SessionInput(UUID.randomUUID().toString(), plan.program().items().stream().map(i -> {
            var d = i.prescription().dosage();
            return new ExerciseLog(i.prescription().exerciseId(), d.sets(), d.reps(), d.holdSeconds(), d.sets(),
                    d.reps(), d.holdSeconds(), null, 1, Difficulty.ABOUT_RIGHT);
        }).toList(), null));
        assertThat(session.date()).isEqualTo(clinicDay);
    }

    @Test
    void onlyARegionFromTheListIsTakenAndTheChangeIsAudited() {
        signIn.as("admin");
        var profile = settings.profile();
        for (String bad : new String[] {"Mars/Olympus", "UTC+01:00", "GMT", "<b>Berlin</b>"}) {
            assertThatThrownBy(() -> settings.save(new ClinicSettingsInput(profile.name(), profile.contactLine(),
                    profile.portalAddress(), profile.paperSize(), bad, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).extracting("field").containsExactly("timeZone"));
        }
        assertThat(settings.profile().version()).isEqualTo(profile.version());

        settings.save(new ClinicSettingsInput(profile.name(), profile.contactLine(), profile.portalAddress(),
                profile.paperSize(), "Europe/Berlin", ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version());
        audit.awaitWritten();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'clinic.settings' "
                + "order by id desc limit 1", String.class)).contains("time zone Europe/Berlin");
    }
}
