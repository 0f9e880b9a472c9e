package app.plumbline.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.ClinicCalendar;
import app.plumbline.clinic.PortalAddresses;
import app.plumbline.message.MessageInput;
import app.plumbline.message.MessageService;
import app.plumbline.message.UnreadMessages;
import app.plumbline.patient.PatientContacts;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.LoggedDays;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * Reminders through a real SMTP server inside the test (GreenMail on a free port): what arrives,
 * one send from two instances, the scheduler lock, and the one-click unsubscribe. Maria Lopez (a
 * demo patient who logs regularly) chooses every day at 18:00.
 */
@ServiceTest
class ReminderEmailTest {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final String MARIA_EMAIL = "maria.lopez@example.org";

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderSender sender;
    @Autowired
    ReminderJob job;
    @Autowired
    LockProvider locks;
    @Autowired
    ProgramService programs;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPatients demo;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ReminderPlanRepository plans;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    List<ReminderChannel> channels;
    @Autowired
    PatientContacts contacts;
    @Autowired
    LoggedDays loggedDays;
    @Autowired
    PortalAddresses portals;
    @Autowired
    ReminderSettings settings;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UnreadMessages unreadMessages;
    @Autowired
    MessageService messages;

    private Long maria;
    private ZoneId zone;

    @BeforeEach
    void mariaChoosesEveryDayAt18() throws Exception {
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(18, 0)), true));
        zone = calendar.zone(signIn.ref(maria).clinicId());
        signIn.out();
        // Each test starts with nothing claimed for Maria, so each can use tomorrow (no missed days yet).
        jdbc.update("delete from reminder_outbox where patient_id = ?", maria);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    private Instant at(int daysFromToday, String time) {
        return LocalDate.now(clock.withZone(zone)).plusDays(daysFromToday).atTime(LocalTime.parse(time))
                .atZone(zone).toInstant();
    }

    private List<MimeMessage> toMaria() {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(MARIA_EMAIL));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private long outboxRows(Instant scheduledFor) {
        return jdbc.queryForObject("select count(*) from reminder_outbox where patient_id = ? and scheduled_for = ?",
                Long.class, maria, java.sql.Timestamp.from(scheduledFor));
    }

    @Test
    void theEmailSaysHelloTheTimeAndTheLinkAndNothingAboutHealth() throws Exception {
        Instant due = at(1, "18:00");
        sender.sendDue(due.plusSeconds(20));

        List<MimeMessage> received = toMaria();
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Time for your home exercises");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(settings.from());
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).startsWith("Hello Maria,").contains("It is 18:00").contains("Open the portal: http://localhost:8080");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://localhost:8080/reminders/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(body).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

        signIn.as("anna.berg");
        ActiveProgram program = programs.active(signIn.ref(maria)).orElseThrow();
        List<String> exerciseNames = program.items().stream().map(i -> i.exercise()).filter(Objects::nonNull)
                .map(e -> e.name()).toList();
        assertThat(exerciseNames).isNotEmpty();
        assertThat(body).doesNotContainIgnoringCase("pain");
        exerciseNames.forEach(name -> assertThat(body).doesNotContainIgnoringCase(name));
        assertThat(jdbc.queryForObject("select status from reminder_outbox where patient_id = ? and scheduled_for = ?",
                String.class, maria, java.sql.Timestamp.from(due))).isEqualTo("SENT");
    }

    @Test
    void aMessageFromTheClinicIsNoticedOnceOutsideQuietHoursWithoutItsText() throws Exception {
        signIn.as("anna.berg");
        messages.send(signIn.ref(maria), new MessageInput("Lower the knee weight to 2 kg", null));
        signIn.out();

        sender.sendDue(at(1, "06:00"));
        assertThat(toMaria()).as("quiet hours").isEmpty();
        sender.sendDue(at(1, "08:05"));
        sender.sendDue(at(1, "08:06"));

        assertThat(toMaria()).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("A new message from your clinic");
            String body = ((String) mail.getContent()).replace("\r\n", "\n");
            assertThat(body).startsWith("Hello Maria,").contains("Read it under Messages")
                    .doesNotContainIgnoringCase("knee").doesNotContain("2 kg");
        });
        signIn.as("maria.lopez");
        messages.thread(signIn.ref(maria));
        signIn.out();
        assertThat(unreadMessages.oldestFromTheClinic()).doesNotContainKey(maria);
    }

    @Test
    void aPatientWithoutRemindersHearsOfAMessageByEmailUntilTheyStopTheEmails() throws Exception {
        jdbc.update("delete from reminder_plan where patient_id = ?", maria);
        signIn.as("anna.berg");
        messages.send(signIn.ref(maria), new MessageInput("How is the neck today?", null));
        signIn.out();
        try {
            sender.sendDue(at(1, "09:00"));
            assertThat(toMaria()).hasSize(1);
            MimeMessage mail = toMaria().getFirst();
            assertThat(mail.getSubject()).isEqualTo("A new message from your clinic");
            assertThat((String) mail.getContent()).doesNotContainIgnoringCase("neck");
            ReminderPlan notices = plans.findByPatientId(maria).orElseThrow();
            assertThat(notices.isEnabled()).isFalse();
            assertThat(notices.remindersChosen()).isFalse();
            signIn.as("anna.berg");
            assertThat(reminders.statusLine(signIn.ref(maria))).as("a notices-only plan is no reminder plan")
                    .isEqualTo("Reminders not set up");
            signIn.as("maria.lopez");
            assertThat(reminders.myPlan().saved()).as("the screen still suggests reminders").isFalse();
            signIn.out();

            String header = mail.getHeader("List-Unsubscribe")[0];
            String path = header.substring("<http://localhost:8080".length(), header.length() - 1);
            MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build()
                    .perform(post(path)).andExpect(status().isOk());
            assertThat(plans.findByPatientId(maria).orElseThrow().isMessageNotices()).isFalse();

            SMTP.purgeEmailFromAllMailboxes();
            jdbc.update("delete from reminder_outbox where patient_id = ?", maria);
            sender.sendDue(at(1, "10:00"));
            assertThat(toMaria()).as("no notice once the emails are stopped").isEmpty();
        } finally {
            signIn.as("maria.lopez");
            messages.thread(signIn.ref(maria));
            signIn.out();
        }
    }

    @Test
    void twoInstancesSharingTheDatabaseSendOneEmail() throws Exception {
        ReminderSender second = new ReminderSender(plans, outbox, channels, contacts, loggedDays, unreadMessages,
                portals, calendar, settings, transactions);
        Instant due = at(1, "18:00");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(sender, second).stream().map(s -> pool.submit(() -> {
                together.await();
                return s.sendDue(due.plusSeconds(5));
            })).toList();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(toMaria()).hasSize(1);
        assertThat(outboxRows(due)).isEqualTo(1);

        sender.sendDue(due.plusSeconds(65));
        second.sendDue(due.plusSeconds(65));
        assertThat(toMaria()).as("a minute later, neither sends it again").hasSize(1);
    }

    @Test
    void whileAnotherInstanceHoldsTheLockTheJobSendsNothing() {
        clock.advance(Duration.ofDays(1));
        Instant now = clock.instant();
        LocalTime time = LocalTime.ofInstant(now, zone).withSecond(0).withNano(0);
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.allOf(DayOfWeek.class), List.of(time), true));
        signIn.out();
        Instant due = LocalDate.ofInstant(now, zone).atTime(time).atZone(zone).toInstant();

        SimpleLock held = locks.lock(new LockConfiguration(now, ReminderJob.LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        job.run();
        assertThat(outboxRows(due)).isZero();
        held.unlock();
        job.run();
        assertThat(outboxRows(due)).isEqualTo(1);
        assertThat(toMaria()).hasSize(1);
    }

    @Test
    void theUnsubscribeLinkAsksOnGetAndSwitchesEmailOffOnPostWithoutSignIn() throws Exception {
        sender.sendDue(at(1, "18:00").plusSeconds(1));
        String header = toMaria().getFirst().getHeader("List-Unsubscribe")[0];
        String path = header.substring("<http://localhost:8080".length(), header.length() - 1);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<button type=\"submit\">")));
        assertThat(plans.findByPatientId(maria).orElseThrow().isEmail()).as("a GET changes nothing").isTrue();

        mvc.perform(post(path)).andExpect(status().isOk());
        assertThat(plans.findByPatientId(maria).orElseThrow().isEmail()).isFalse();
        assertThat(plans.findByPatientId(maria).orElseThrow().isMessageNotices()).isFalse();
        assertThat(audit.rowsFor(maria)).contains("reminder.unsubscribe: reminder and message emails off via the unsubscribe link");

        mvc.perform(post("/reminders/unsubscribe/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/more")).andExpect(status().isForbidden());

        SMTP.purgeEmailFromAllMailboxes();
        sender.sendDue(at(2, "18:00").plusSeconds(1));
        assertThat(toMaria()).as("no email after unsubscribing").isEmpty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
