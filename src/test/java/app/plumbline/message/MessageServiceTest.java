package app.plumbline.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientRef;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Maria Lopez (Anna Berg's patient) writes to her clinic; Anna and her colleague Tom Ruiz read and
 * answer; David Kim (another patient) and a therapist of another clinic reach nothing.
 */
@ServiceTest
class MessageServiceTest {

    @Autowired
    MessageService messages;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPatients demo;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    AuditLog audit;
    @Autowired
    CatalogService catalog;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private Long maria;

    @BeforeEach
    void findMaria() {
        maria = demo.id("anna.berg", "Maria Lopez");
        // Whatever earlier tests left unread for either side is read now: counts below start at zero.
        messages.thread(signIn.ref(maria));
        signIn.as("maria.lopez");
        messages.thread(signIn.ref(maria));
    }

    /** Leaves nothing unread, so other tests opening Maria's thread or page find what they expect. */
    @AfterEach
    void readEverythingAndSignOut() {
        clock.reset();
        signIn.as("anna.berg");
        messages.thread(signIn.ref(maria));
        signIn.as("maria.lopez");
        messages.thread(signIn.ref(maria));
        signIn.out();
    }

    private long unreadForTherapists() {
        signIn.as("anna.berg");
        return messages.unreadCounts(List.of(maria)).getOrDefault(maria, 0L);
    }

    private long badge(String username) {
        signIn.as(username);
        return messages.menuBadge().orElseThrow().count();
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from patient_message where patient_id = ?", Long.class, maria);
    }

    @Test
    void thePatientsMessageIsUnreadForTheClinicUntilATherapistOpensTheThreadThenCarriesTheReadReceipt() {
        long annasTotal = badge("anna.berg");
        signIn.as("maria.lopez");
        MessageThread mine = messages.thread(signIn.ref(maria));
        MessageThread.ExerciseChoice chinTuck = mine.exercises().getFirst();
        MessageLine sent = messages.send(signIn.ref(maria), new MessageInput("  My neck is stiff after this one.\n",
                chinTuck.id()));
        assertThat(sent.text()).isEqualTo("My neck is stiff after this one.");
        assertThat(sent.exerciseName()).isEqualTo(chinTuck.name());
        assertThat(sent.readAt()).isNull();

        assertThat(unreadForTherapists()).isEqualTo(1);
        assertThat(badge("anna.berg")).isEqualTo(annasTotal + 1);
        assertThat(badge("tom.ruiz")).as("the whole clinic's side").isEqualTo(annasTotal + 1);

        clock.advance(Duration.ofMinutes(95));
        Instant opened = clock.instant();
        signIn.as("anna.berg");
        MessageLine seen = messages.thread(signIn.ref(maria)).lines().getLast();
        assertThat(seen.mine()).isFalse();
        assertThat(seen.authorName()).isEqualTo("Maria Lopez");
        assertThat(seen.exerciseName()).isEqualTo(chinTuck.name());
        assertThat(unreadForTherapists()).isZero();
        assertThat(badge("anna.berg")).isEqualTo(annasTotal);

        signIn.as("maria.lopez");
        MessageLine receipt = messages.thread(signIn.ref(maria)).lines().getLast();
        assertThat(receipt.mine()).isTrue();
        assertThat(receipt.readAt()).isBetween(opened, opened.plusSeconds(60));
    }

    @Test
    void anyTherapistOfTheClinicAnswersAndThePatientSeesItUnreadUntilSheOpensTheThread() {
        assertThat(badge("maria.lopez")).isZero();
        signIn.as("tom.ruiz");
        MessageLine answer = messages.send(signIn.ref(maria), new MessageInput("Hold it for 5 seconds only.", null));
        assertThat(answer.mine()).isTrue();
        assertThat(answer.authorName()).isEqualTo("Tom Ruiz");
        signIn.as("anna.berg");
        assertThat(messages.thread(signIn.ref(maria)).lines().getLast().mine()).as("the clinic's side").isTrue();
        assertThat(unreadForTherapists()).as("a therapist's own answer is not unread for the clinic").isZero();

        assertThat(badge("maria.lopez")).isEqualTo(1);
        assertThat(messages.menuBadge().orElseThrow().menuPath()).isEqualTo(MessageService.PATIENT_ROUTE);
        MessageLine got = messages.thread(signIn.ref(maria)).lines().getLast();
        assertThat(got.mine()).isFalse();
        assertThat(got.text()).isEqualTo("Hold it for 5 seconds only.");
        assertThat(badge("maria.lopez")).isZero();
        signIn.as("tom.ruiz");
        assertThat(messages.thread(signIn.ref(maria)).lines().getLast().readAt()).isNotNull();
    }

    @Test
    void anotherClinicNeverReachesTheThreadNorCountsIt() {
        signIn.as("maria.lopez");
        messages.send(signIn.ref(maria), new MessageInput("Still unread for the clinic", null));
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> signIn.ref(maria)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.thread(annas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.send(annas, new MessageInput("Hello", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(messages.unreadCounts(List.of(maria))).isEmpty();
        assertThat(messages.menuBadge().orElseThrow().count()).isZero();
        assertThat(unreadForTherapists()).as("the message is still unread in Maria's clinic").isEqualTo(1);
    }

    @Test
    void aPatientCannotReadOrWriteAnotherPatientsThread() {
        signIn.as("maria.lopez");
        PatientRef hers = signIn.ref(maria);
        long before = stored();
        signIn.as("david.kim");
        assertThatThrownBy(() -> signIn.ref(maria)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.thread(hers)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.send(hers, new MessageInput("Hi Maria", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.unreadCounts(List.of(maria))).isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void badTextIsRefusedAtTheTextFieldAndNothingIsSaved() {
        signIn.as("maria.lopez");
        PatientRef me = signIn.ref(maria);
        long before = stored();
        assertThat(refusal(me, new MessageInput("   \n ", null)))
                .containsExactly(new FieldProblem("text", "Write a message first."));
        assertThat(refusal(me, new MessageInput(null, null)))
                .containsExactly(new FieldProblem("text", "Write a message first."));
        assertThat(refusal(me, new MessageInput("x".repeat(2001), null))).containsExactly(new FieldProblem("text",
                "A message can have at most 2000 characters; this one has 2001."));
        assertThat(refusal(me, new MessageInput("Look <script>alert(1)</script>", null)))
                .extracting(FieldProblem::field).containsExactly("text");
        assertThat(refusal(me, new MessageInput("Bell\u0007 and null\u0000", null)))
                .extracting(FieldProblem::field).containsExactly("text");
        assertThat(stored()).isEqualTo(before);

        messages.send(me, new MessageInput("x".repeat(2000), null));
        messages.send(me, new MessageInput("Pain < 3 today, <3\tthanks", null));
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void anExerciseOutsideThePatientsProgramIsRefusedAtTheExerciseField() {
        signIn.as("anna.berg");
        List<Long> catalogIds = catalog.prescribable().stream().map(ExerciseCard::id).toList();
        signIn.as("maria.lopez");
        PatientRef me = signIn.ref(maria);
        List<Long> hers = messages.thread(me).exercises().stream().map(MessageThread.ExerciseChoice::id).toList();
        assertThat(hers).isNotEmpty();
        Long other = catalogIds.stream().filter(id -> !hers.contains(id)).findFirst().orElseThrow();
        long before = stored();
        assertThat(refusal(me, new MessageInput("About this one", other))).containsExactly(new FieldProblem("exercise",
                "Choose one of the exercises of the current program, or none."));
        assertThat(refusal(me, new MessageInput("About this one", -1L))).extracting(FieldProblem::field)
                .containsExactly("exercise");
        assertThat(refusal(me, new MessageInput("", other))).extracting(FieldProblem::field)
                .containsExactly("text", "exercise");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void sendingAndMarkingReadAreAuditedWithoutTheText() {
        signIn.as("maria.lopez");
        PatientRef marias = signIn.ref(maria);
        int before = audit.rowsFor(maria).size();
        messages.send(marias, new MessageInput("A private detail about my back", null));
        // Access rows are queued and may land around the send's row: look at every row written since.
        List<String> sent = audit.rowsFor(maria);
        assertThat(sent.subList(0, sent.size() - before)).contains("message.send: no exercise");
        signIn.as("anna.berg");
        PatientRef annas = signIn.ref(maria);
        int beforeRead = audit.rowsFor(maria).size();
        messages.thread(annas);
        List<String> rows = audit.rowsFor(maria);
        assertThat(rows.subList(0, rows.size() - beforeRead))
                .anyMatch(r -> r.matches("message\\.read: 1 of \\d+ messages marked read"));
        messages.thread(annas);
        assertThat(audit.rowsFor(maria)).as("nothing newly read: the screen's access row covers it")
                .hasSize(rows.size());
        assertThat(audit.rowsFor(maria)).noneMatch(r -> r.contains("private detail"));
    }

    @Test
    void anAdminHasNoBadge() {
        signIn.as("admin");
        assertThat(messages.menuBadge()).isEmpty();
    }

    /** The problems the service names for the input; the test fails if it accepts it. */
    private List<FieldProblem> refusal(PatientRef patient, MessageInput input) {
        try {
            messages.send(patient, input);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted " + input);
    }
}
