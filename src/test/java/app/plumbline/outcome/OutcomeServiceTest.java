package app.plumbline.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The therapist assigns, the patient answers as they go and sends once, the therapist sees the change. */
@ServiceTest
class OutcomeServiceTest {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    DemoPatients demo;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private Long maria;
    private final LocalDate today = TestClock.today();

    @BeforeEach
    void assign() {
        clean();
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("anna.berg");
        outcomes.assign(signIn.ref(maria), List.of(new PlanInput("psfs", today, 2, true)));
        outcomes.assign(signIn.ref(maria), List.of(new PlanInput("nprs", today, 2, false)));
    }

    @AfterEach
    void clean() {
        signIn.out();
        clock.reset();
        jdbc.update("delete from outcome_answer");
        jdbc.update("delete from outcome_response");
        jdbc.update("delete from outcome_plan");
    }

    private void answerPsfs(int a, int b, int c) {
        var form = questionnaires.open("psfs");
        questionnaires.answer(form.responseId(), "activity-1", a, "Reading on the sofa");
        questionnaires.answer(form.responseId(), "activity-2", b, "Driving");
        questionnaires.answer(form.responseId(), "activity-3", c, "Computer work");
        questionnaires.submit(form.responseId());
    }

    @Test
    void answersAreSavedAsTheyGoAndSentOnceComplete() {
        signIn.as("maria.lopez");
        assertThat(questionnaires.due()).extracting(DueQuestionnaire::slug).containsExactly("nprs", "psfs");
        var form = questionnaires.open("psfs");
        questionnaires.answer(form.responseId(), "activity-1", 3, "Reading on the sofa");
        // Resumable: opening again shows the saved answer.
        assertThat(questionnaires.open("psfs").saved()).containsEntry("activity-1", new Answer(3, "Reading on the sofa"));
        assertThat(questionnaires.due()).filteredOn(DueQuestionnaire::started).extracting(DueQuestionnaire::slug)
                .containsExactly("psfs");
        // Incomplete: refused, nothing sent.
        assertThatThrownBy(() -> questionnaires.submit(form.responseId())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 3");
        questionnaires.answer(form.responseId(), "activity-2", 4, "Driving");
        questionnaires.answer(form.responseId(), "activity-3", 8, "Computer work");
        assertThat(questionnaires.submit(form.responseId()).value()).isEqualTo(5.0);
        assertThat(questionnaires.due()).extracting(DueQuestionnaire::slug).containsExactly("nprs");
        assertThatThrownBy(() -> questionnaires.answer(form.responseId(), "activity-1", 9, "Reading"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sent already");
        assertThat(audit.actionsFor(maria)).contains("outcome.start", "outcome.answer", "outcome.submit");
    }

    @Test
    void badAnswersAreRefusedAtTheirQuestion() {
        signIn.as("maria.lopez");
        var form = questionnaires.open("nprs");
        assertThatThrownBy(() -> questionnaires.answer(form.responseId(), "pain", 11, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("pain"))
                .hasMessage("Choose an answer from 0 to 10.");
        assertThatThrownBy(() -> questionnaires.answer(form.responseId(), "made-up", 1, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not part of the NPRS");
        assertThat(questionnaires.open("nprs").saved()).isEmpty();
        var psfs = questionnaires.open("psfs");
        assertThatThrownBy(() -> questionnaires.answer(psfs.responseId(), "activity-1", 5, " "))
                .isInstanceOf(InvalidInputException.class).hasMessage("Name the activity you rate.");
    }

    @Test
    void anotherPatientCannotTouchTheResponse() {
        signIn.as("maria.lopez");
        Long id = questionnaires.open("nprs").responseId();
        signIn.as("david.kim");
        assertThatThrownBy(() -> questionnaires.answer(id, "pain", 2, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.open("nprs")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTherapistSeesTheChangeAgainstBaselineMarkedBeyondTheMdc() {
        signIn.as("maria.lopez");
        answerPsfs(3, 4, 5);
        clock.advance(Duration.ofDays(14));
        // The repeat two weeks on keeps the activities she named.
        assertThat(questionnaires.open("psfs").previousLabels()).containsEntry("activity-2", "Driving");
        answerPsfs(6, 6, 7);
        signIn.as("anna.berg");
        var overview = outcomes.overview(signIn.ref(maria));
        var psfs = overview.results().stream().filter(r -> r.slug().equals("psfs")).findFirst().orElseThrow();
        assertThat(psfs.points()).extracting(MeasureResult.Point::score).containsExactly(4.0, 6.33);
        assertThat(psfs.change().improvement()).isEqualTo(2.33);
        assertThat(psfs.change().beyondMdc()).isTrue();
        assertThat(psfs.change().inWords("points")).isEqualTo("better by 2.33 points, beyond the MDC (2)");
        assertThat(overview.plans()).extracting(OutcomeOverview.PlanRow::slug).containsExactly("nprs", "psfs");
    }

    @Test
    void licensedMeasuresWithoutTheirTextsCannotBeAssigned() {
        assertThatThrownBy(() -> outcomes.assign(signIn.ref(maria), List.of(new PlanInput("ndi", today, 4, true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("licensed texts");
        assertThatThrownBy(() -> outcomes.assign(signIn.ref(maria),
                List.of(new PlanInput("psfs", today.minusDays(1), 4, true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("today or a later date");
        assertThatThrownBy(() -> outcomes.assign(signIn.ref(maria), List.of(new PlanInput("psfs", today, 0, true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 52");
    }

    @Test
    void oneRefusedMeasureAssignsNoneOfThem() {
        assertThatThrownBy(() -> outcomes.assign(signIn.ref(maria), List.of(new PlanInput("tsk-11", today, 4, true),
                new PlanInput("odi", today, 4, true)))).isInstanceOf(InvalidInputException.class);
        assertThat(outcomes.overview(signIn.ref(maria)).plans()).extracting(OutcomeOverview.PlanRow::slug)
                .containsExactly("nprs", "psfs");
    }

    @Test
    void aPaperOdiIsTypedInWithItsDateAndTwoTicksCountTheHigher() {
        var odi = ShippedQuestionnaires.get("odi");
        java.util.Map<String, List<Integer>> ticks = new java.util.HashMap<>();
        odi.items().forEach(i -> ticks.put(i.key(), List.of(1)));
        ticks.put("lifting", List.of(2, 4));
        assertThat(outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("odi", today.minusDays(3), ticks)).value()).isEqualTo(26.0);
        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("odi", today.minusDays(3), ticks)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("odi", today.plusDays(1), ticks)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("today or before");
        ticks.put("walking", List.of(6));
        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("odi", today, ticks)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose an answer from 0 to 5.");
        var result = outcomes.overview(signIn.ref(maria)).results().stream().filter(r -> r.slug().equals("odi"))
                .findFirst().orElseThrow();
        assertThat(result.points()).extracting(MeasureResult.Point::occasion).containsExactly(Occasion.BASELINE);
        assertThat(audit.actionsFor(maria)).contains("outcome.paper");
    }

    @Test
    void mariasNeckPatternsProposePsfsAndNprsWithoutLicensedNdi() {
        assertThat(outcomes.overview(signIn.ref(maria)).proposed()).containsOnlyKeys("psfs", "nprs");
    }

    @Test
    void dischargeAsksTheDischargeMeasuresOnce() {
        signIn.as("maria.lopez");
        answerPsfs(3, 4, 5);
        signIn.as("anna.berg");
        clock.advance(Duration.ofDays(3));
        assertThat(outcomes.discharge(signIn.ref(maria))).isEqualTo(1);
        signIn.as("maria.lopez");
        assertThat(questionnaires.due()).extracting(DueQuestionnaire::slug).contains("psfs");
        assertThat(questionnaires.open("psfs").occasion()).isEqualTo(Occasion.DISCHARGE);
    }
}
