package app.plumbline.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Reminder plans through the service, as Maria Lopez, her therapist, another clinic and the admin; no mail server. */
@ServiceTest
class ReminderServiceTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderSender sender;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPatients demo;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    app.plumbline.calendar.SessionTimes sessionTimes;

    private Long maria;

    @BeforeEach
    void findMaria() {
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.out();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void withoutAPlanTheDefaultsComeFromTheProgramEveryDayAsOftenAsItSays() {
        jdbc.update("delete from reminder_plan where patient_id = ?", maria);
        signIn.as("maria.lopez");
        ReminderForm form = reminders.myPlan();
        assertThat(form.saved()).isFalse();
        assertThat(form.choice().on()).isTrue();
        assertThat(form.programDays()).as("the demo programs prescribe days per week").isEmpty();
        assertThat(form.choice().days()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(DayOfWeek.class));
        assertThat(form.choice().times()).isNotEmpty().allMatch(t -> !t.isBefore(LocalTime.of(8, 0)));
        assertThat(form.email()).isEqualTo("maria.lopez@example.org");
        assertThat(form.quietHours()).isEqualTo("21:00–08:00");
    }

    @Test
    void aBadChoiceIsRefusedAtItsFieldsAndNothingIsSaved() {
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.of(DayOfWeek.MONDAY), List.of(LocalTime.of(18, 0)), true));
        var times = List.of(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(15, 0), LocalTime.of(18, 0));
        assertThatThrownBy(() -> reminders.save(new ReminderChoice(true, Set.of(), times, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("days", "times", "channels"));
        assertThatThrownBy(() -> reminders.save(new ReminderChoice(true, EnumSet.of(DayOfWeek.FRIDAY),
                List.of(LocalTime.of(9, 0), LocalTime.of(9, 0)), true))).isInstanceOf(InvalidInputException.class);
        assertThat(reminders.myPlan().choice().days()).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void aPatientWithoutAPlanMaySwitchRemindersOffWithNothingChosen() {
        jdbc.update("delete from reminder_plan where patient_id = ?", maria);
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(false, Set.of(), List.of(), false));
        assertThat(reminders.myPlan().choice().on()).isFalse();
        assertThat(audit.rowsFor(maria)).contains("reminder.plan: off");
        signIn.as("anna.berg");
        assertThat(reminders.statusLine(signIn.ref(maria))).isEqualTo("Reminders off");
    }

    @Test
    void aSavedPlanIsAuditedAndTheTherapistSeesItInOneLine() {
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                List.of(LocalTime.of(18, 0)), true));
        assertThat(audit.rowsFor(maria)).contains("reminder.plan: on: email, Mon Wed Fri 18:00");
        assertThat(reminders.times(signIn.ref(maria)).orElseThrow().days()).hasSize(3);

        signIn.as("anna.berg");
        assertThat(reminders.statusLine(signIn.ref(maria))).isEqualTo("Reminders: email, Mon Wed Fri 18:00");
        assertThat(reminders.times(signIn.ref(maria)).orElseThrow().times()).containsExactly(LocalTime.of(18, 0));

        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> signIn.ref(maria)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reminders.outbox()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutAMailServerTheOutboxSaysNotSentAndTheAdminSeesItByName() {
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(17, 15)), true));
        ZoneId zone = clock.getZone();
        var due = LocalDate.ofInstant(clock.instant(), zone).plusDays(1).atTime(17, 15).atZone(zone).toInstant();
        signIn.out();
        sender.sendDue(due.plusSeconds(30));
        sender.sendDue(due.plusSeconds(90));

        signIn.as("admin");
        assertThat(reminders.mailServerConfigured()).isFalse();
        List<OutboxLine> mine = reminders.outbox().stream()
                .filter(l -> l.patientName().equals("Maria Lopez") && l.scheduledFor().toInstant().equals(due)).toList();
        assertThat(mine).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(OutboxStatus.NOT_SENT_NO_SERVER);
            assertThat(l.channel()).isEqualTo(Channel.EMAIL);
            assertThat(l.kind()).isEqualTo(ReminderKind.SCHEDULED);
        });
    }

    @Test
    void byPushTheSenderUsesThePushChannelAndTheCalendarFeedUsesTheChosenTimes() {
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.allOf(DayOfWeek.class),
                List.of(LocalTime.of(8, 45), LocalTime.of(16, 30)), false, true));
        assertThat(reminders.myPlan().choice().push()).isTrue();
        assertThat(reminders.myPlan().choice().email()).isFalse();
        ZoneId zone = clock.getZone();
        var due = LocalDate.ofInstant(clock.instant(), zone).plusDays(1).atTime(16, 30).atZone(zone).toInstant();
        signIn.out();
        try {
            sender.sendDue(due.plusSeconds(30));

            // Maria has turned push on for no device, so the push service is never asked.
            signIn.as("admin");
            assertThat(reminders.outbox().stream()
                    .filter(l -> l.patientName().equals("Maria Lopez") && l.scheduledFor().toInstant().equals(due)))
                    .singleElement().satisfies(l -> {
                        assertThat(l.channel()).isEqualTo(Channel.PUSH);
                        assertThat(l.status()).isEqualTo(OutboxStatus.FAILED);
                    });
        } finally {
            // The demo outbox other tests read holds only what the demo itself would send.
            jdbc.update("delete from reminder_outbox where patient_id = ? and channel = 'PUSH'", maria);
        }
        assertThat(sessionTimes.timesOn(maria, LocalDate.ofInstant(due, zone), 1))
                .containsExactly(LocalTime.of(8, 45), LocalTime.of(16, 30));
        assertThat(sessionTimes.timesOn(-1L, LocalDate.ofInstant(due, zone), 1)).isEmpty();
    }
}
