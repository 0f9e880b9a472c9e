package app.plumbline.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.calendar.CalendarFeedService;
import app.plumbline.calendar.FeedAddress;
import app.plumbline.message.MessageInput;
import app.plumbline.message.MessageLine;
import app.plumbline.message.MessageService;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.PaperAnswers;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.push.FakePushService;
import app.plumbline.push.PushService;
import app.plumbline.reminder.ReminderService;
import app.plumbline.security.CurrentUser;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maria Lopez's data file (Anna Berg's patient, with the demo's findings, program and sessions),
 * with a message each way, a questionnaire typed in from paper, the calendar feed on and a push
 * device added here and removed afterwards: every section says what it holds, secrets stay out,
 * and nobody but Maria and her clinic gets it.
 */
@ServiceTest
class PatientDataExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ISO_WITH_OFFSET = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2}|Z)";
    private static final String DEVICE_ENDPOINT = "https://push.example/export-test-device";

    @Autowired
    PatientDataExport export;
    @Autowired
    PatientDataController controller;
    @Autowired
    MessageService messages;
    @Autowired
    ProgramService programs;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    CalendarFeedService calendarFeeds;
    @Autowired
    PushService push;
    @Autowired
    ReminderService reminders;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditLog audit;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPatients demo;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    JdbcTemplate jdbc;

    private Long maria;
    private final List<Long> addedMessages = new ArrayList<>();
    private Long addedResponse;
    private boolean addedPlan;

    @BeforeEach
    void findMaria() {
        maria = demo.id("anna.berg", "Maria Lopez");
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        addedMessages.forEach(id -> jdbc.update("delete from patient_message where id = ?", id));
        addedMessages.clear();
        if (addedResponse != null) {
            jdbc.update("delete from outcome_answer where response_id = ?", addedResponse);
            jdbc.update("delete from outcome_response where id = ?", addedResponse);
            addedResponse = null;
        }
        if (addedPlan) {
            jdbc.update("delete from reminder_plan where patient_id = ?", maria);
            addedPlan = false;
        }
        signIn.as("maria.lopez");
        push.turnOff(DEVICE_ENDPOINT);
        calendarFeeds.switchOff(signIn.ref(maria));
        signIn.out();
    }

    @Test
    void theFileHoldsEverySectionOfMariasData() throws Exception {
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);
        ActiveProgram program = programs.active(annas).orElseThrow();
        var firstExercise = program.items().getFirst().exercise();
        MessageLine fromAnna = messages.send(annas, new MessageInput("How is the chin tuck going, Maria?",
                firstExercise.id()));
        addedMessages.add(fromAnna.id());
        LocalDate paperDay = freeNprsDay();
        outcomes.recordPaper(annas, new PaperAnswers("nprs", paperDay, Map.of("pain", List.of(3))));
        addedResponse = jdbc.queryForObject("select id from outcome_response where patient_id = ? and "
                + "questionnaire = 'nprs' and due_on = ?", Long.class, maria, paperDay);

        signIn.as("maria.lopez");
        PatientRef hers = signIn.ref(maria);
        messages.thread(hers); // Maria reads Anna's message: it gets its read time
        addedMessages.add(messages.send(hers, new MessageInput("Easier every week, thank you.", null)).id());
        FeedAddress feed = calendarFeeds.switchOn(hers);
        push.turnOn(FakePushService.browser(DEVICE_ENDPOINT, "Export test phone"));
        var plan = reminders.myPlan();
        if (!plan.saved()) { // an earlier test removed Maria's demo plan: she chooses the suggested one again
            reminders.save(plan.choice());
            addedPlan = true;
        }

        signIn.as("anna.berg");
        MessageLine annasAsRead = messages.thread(signIn.ref(maria)).lines().stream()
                .filter(m -> m.id().equals(fromAnna.id())).findFirst().orElseThrow();
        assertThat(annasAsRead.readAt()).isNotNull();
        ZoneId zone = currentUser.zone();
        PatientDataFile file = export.export(signIn.ref(maria));
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "patient-data"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "patient-data", "service-maria.json"), file.bytes());
        JsonNode data = JSON.readTree(text);

        assertThat(file.fileName()).isEqualTo("plumbline-data-maria-lopez-" + TestClock.today() + ".json");
        assertThat(data.get("format").asString()).isEqualTo("plumbline-patient-data");
        assertThat(data.get("version").asInt()).isEqualTo(1);
        assertThat(data.get("exportedAt").asString()).matches(ISO_WITH_OFFSET);
        assertThat(data.get("timeZone").asString()).isEqualTo(zone.getId());
        List<String> keys = new ArrayList<>(data.propertyNames());
        assertThat(keys.subList(0, 5)).containsExactly("format", "version", "exportedAt", "timeZone", "clinic");
        assertThat(keys.subList(5, keys.size())).containsExactlyElementsOf(PatientDataExport.SECTIONS);

        JsonNode patient = data.get("patient");
        assertThat(patient.get("givenName").asString()).isEqualTo("Maria");
        assertThat(patient.get("familyName").asString()).isEqualTo("Lopez");
        assertThat(patient.get("dateOfBirth").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(patient.get("username").asString()).isEqualTo("maria.lopez");
        assertThat(patient.get("therapist").asString()).isNotBlank();

        JsonNode finding = data.get("assessments").get(0).get("findings").get(0);
        assertThat(finding.get("patternSlug").asString()).isNotBlank();
        assertThat(finding.get("pattern").asString()).isNotEqualTo(finding.get("patternSlug").asString());
        assertThat(stream(data.get("assessments")).flatMap(a -> stream(a.get("findings")))
                .map(f -> f.get("patternSlug").asString())).contains("forward-head-posture");

        JsonNode version = stream(data.get("programs")).filter(v -> v.get("version").asInt() == program.number())
                .findFirst().orElseThrow();
        assertThat(version.get("active").asBoolean()).isTrue();
        assertThat(version.get("publishedAt").asString()).matches(ISO_WITH_OFFSET);
        assertThat(version.get("therapist").asString()).isNotBlank();
        JsonNode prescribed = version.get("exercises").get(0);
        assertThat(prescribed.get("exercise").asString()).isEqualTo(firstExercise.name());
        assertThat(prescribed.get("slug").asString()).isEqualTo(firstExercise.slug());
        assertThat(prescribed.get("dosage").get("sets").asInt())
                .isEqualTo(program.items().getFirst().prescription().dosage().sets());
        assertThat(prescribed.get("scheduleInWords").asString()).isNotBlank();

        assertThat(data.get("sessions").size()).isGreaterThan(10);
        JsonNode session = data.get("sessions").get(0);
        assertThat(session.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(session.get("source").asString()).isIn("portal", "paper");
        assertThat(stream(data.get("sessions")).flatMap(s -> stream(s.get("exercises")))
                .allMatch(e -> e.get("slug").isString() && !e.get("slug").asString().isBlank())).isTrue();
        assertThat(stream(data.get("sessions")).flatMap(s -> stream(s.get("exercises")))
                .anyMatch(e -> e.get("pain").isInt())).isTrue();

        JsonNode nprs = stream(data.get("outcomeMeasures"))
                .filter(r -> r.get("slug").asString().equals("nprs") && r.get("answeredOn").asString()
                        .equals(paperDay.toString())).findFirst().orElseThrow();
        assertThat(nprs.get("score").asDouble()).isEqualTo(3.0);
        assertThat(nprs.get("answers").get(0).get("item").asString()).isEqualTo("pain");
        assertThat(nprs.get("answers").get(0).get("points").asInt()).isEqualTo(3);

        JsonNode annasMessage = stream(data.get("messages"))
                .filter(m -> m.get("text").asString().equals("How is the chin tuck going, Maria?")).findFirst()
                .orElseThrow();
        assertThat(annasMessage.get("from").asString()).isEqualTo("therapist");
        assertThat(annasMessage.get("sender").asString()).isEqualTo(fromAnna.authorName());
        assertThat(annasMessage.get("sentAt").asString()).isEqualTo(PatientDataSection.time(annasAsRead.sentAt(), zone));
        assertThat(annasMessage.get("readAt").asString())
                .isEqualTo(PatientDataSection.time(annasAsRead.readAt(), zone));
        assertThat(annasMessage.get("exercise").asString()).isEqualTo(firstExercise.name());
        assertThat(annasMessage.get("exerciseSlug").asString()).isEqualTo(firstExercise.slug());
        JsonNode mariasReply = stream(data.get("messages"))
                .filter(m -> m.get("text").asString().equals("Easier every week, thank you.")).findFirst().orElseThrow();
        assertThat(mariasReply.get("from").asString()).isEqualTo("patient");
        assertThat(mariasReply.get("exercise").isNull()).isTrue();

        assertThat(data.get("reminders").has("on")).isTrue();
        assertThat(data.get("reminders").get("timeZone").asString()).isEqualTo(zone.getId());
        assertThat(data.get("reminders").get("messageEmails").isBoolean()).isTrue();
        assertThat(data.get("calendarFeed").get("on").asBoolean()).isTrue();
        assertThat(data.get("calendarFeed").get("since").asString()).matches(ISO_WITH_OFFSET);
        assertThat(stream(data.get("pushDevices")).map(d -> d.get("device").asString())).contains("Export test phone");

        // No secrets: the calendar address, the push endpoint, the unsubscribe token; no audit trail.
        assertThat(text).doesNotContain(feed.token()).doesNotContain(DEVICE_ENDPOINT);
        assertThat(propertyNames(data, new java.util.TreeSet<>())).noneMatch(n -> n.toLowerCase().contains("token")
                || n.toLowerCase().contains("endpoint") || n.toLowerCase().contains("audit"));
        String unsubscribe = jdbc.queryForObject("select unsubscribe_token from reminder_plan where patient_id = ?",
                String.class, maria);
        assertThat(text).doesNotContain(unsubscribe);
    }

    @Test
    void exportingMarksNoMessageRead() {
        signIn.as("maria.lopez");
        MessageLine fromMaria = messages.send(signIn.ref(maria), new MessageInput("Unread by the clinic", null));
        addedMessages.add(fromMaria.id());
        signIn.as("anna.berg");
        export.export(signIn.ref(maria));
        assertThat(jdbc.queryForObject("select read_at from patient_message where id = ?", java.sql.Timestamp.class,
                fromMaria.id())).isNull();
    }

    @Test
    void thePatientDownloadsTheirOwnFileAndEachDownloadIsAudited() {
        signIn.as("maria.lopez");
        long before = lastAuditEvent();
        ResponseEntity<byte[]> answer = controller.download(maria);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"plumbline-data-maria-lopez-" + TestClock.today() + ".json\"");
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/json");
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains("\"givenName\" : \"Maria\"");
        audit.awaitWritten();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and patient_id = ? and "
                + "action = 'patient.access' and detail = ? and outcome = 'SUCCESS'", Long.class, before, maria,
                PatientDataController.WHAT)).isEqualTo(1);
    }

    @Test
    void anotherClinicAnotherPatientAndTheAdminAreRefusedAndTheRefusalIsAudited() {
        for (String other : List.of(otherClinic.therapist(), "david.kim")) {
            signIn.as(other);
            long before = lastAuditEvent();
            assertThatThrownBy(() -> controller.download(maria)).as(other).isInstanceOf(AccessDeniedException.class);
            audit.awaitWritten();
            assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and outcome = 'DENIED'",
                    Long.class, before)).as(other).isEqualTo(1);
        }
        signIn.as("admin"); // the admin keeps the clinic running, not its patients' records
        long before = lastAuditEvent();
        assertThatThrownBy(() -> controller.download(maria)).isInstanceOf(AccessDeniedException.class);
        audit.awaitWritten();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and outcome = 'DENIED'",
                Long.class, before)).isPositive();
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);
        signIn.as("david.kim");
        assertThatThrownBy(() -> export.export(annas)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> export.export(annas)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theFileNameIsSafe() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(PatientDataExport.fileName("Zoë O'Brien-Šimić", day))
                .isEqualTo("plumbline-data-zoe-o-brien-simic-2026-12-03.json");
        assertThat(PatientDataExport.fileName("../../etc \"x\"", day)).isEqualTo("plumbline-data-etc-x-2026-12-03.json");
        assertThat(PatientDataExport.fileName("李 王", day)).isEqualTo("plumbline-data-2026-12-03.json");
    }

    /** A day in the last weeks on which Maria has no NPRS yet (other tests may have typed some in). */
    private LocalDate freeNprsDay() {
        for (int back = 2; back < 40; back++) {
            LocalDate day = TestClock.today().minusDays(back);
            Long found = jdbc.queryForObject("select count(*) from outcome_response where patient_id = ? and "
                    + "questionnaire = 'nprs' and due_on = ?", Long.class, maria, day);
            if (found == 0) {
                return day;
            }
        }
        throw new AssertionError("no free day for a paper NPRS");
    }

    private long lastAuditEvent() {
        audit.awaitWritten();
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    /** Every property name in the file, at any depth. */
    private static java.util.Set<String> propertyNames(JsonNode node, java.util.Set<String> names) {
        if (node.isObject()) {
            names.addAll(node.propertyNames());
        }
        node.forEach(child -> propertyNames(child, names));
        return names;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
