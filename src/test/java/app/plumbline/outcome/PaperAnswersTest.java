package app.plumbline.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A paper questionnaire typed in: every problem at its field at once, and nothing saved when refused. */
@ServiceTest
class PaperAnswersTest {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    PatientService patients;
    @Autowired
    DemoPatients demo;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeSettingsService settings;

    private Long maria;
    private final LocalDate today = TestClock.today();

    @BeforeEach
    void signInAsHerTherapist() {
        clean();
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("anna.berg");
    }

    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("delete from outcome_answer");
        jdbc.update("delete from outcome_response");
        jdbc.update("delete from outcome_setting");
    }

    private long papersAudited() {
        return audit.actionsFor(maria).stream().filter("outcome.paper"::equals).count();
    }

    @Test
    void everyProblemOfTheFormIsReportedAtOnceAndNothingIsSaved() {
        Map<String, List<Integer>> ticks = new HashMap<>();
        ShippedQuestionnaires.get("tsk-11").items().forEach(i -> ticks.put(i.key(), List.of(2)));
        ticks.put("q1", List.of(5));
        ticks.put("q2", List.of(2, 3));
        ticks.remove("q3");
        ticks.put("q99", List.of(1));

        long papersBefore = papersAudited();
        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria),
                new PaperAnswers("tsk-11", today.plusDays(1), ticks)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("answeredOn", "q1", "q2", "q3", "q99"));
        assertThat(jdbc.queryForObject("select count(*) from outcome_response", Integer.class)).isZero();
        assertThat(papersAudited()).isEqualTo(papersBefore);
    }

    @Test
    void aDateBeforeThePatientWasFirstSeenIsRefused() {
        LocalDate firstSeen = patients.firstSeenOn(signIn.ref(maria));
        long papersBefore = papersAudited();
        var nprs = Map.of("pain", List.of(4));

        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria),
                new PaperAnswers("nprs", firstSeen.minusDays(1), nprs)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("answeredOn");
                    assertThat(e.getMessage()).contains(firstSeen.toString());
                });
        assertThat(outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("nprs", firstSeen, nprs)).value())
                .isEqualTo(4.0);
        assertThat(papersAudited()).isEqualTo(papersBefore + 1);
    }

    @Test
    void aPaperPsfsNeedsTheActivityBesideEachScoreAndKeepsIt() {
        Map<String, List<Integer>> ticks = Map.of("activity-1", List.of(3), "activity-2", List.of(4),
                "activity-3", List.of(5));
        Map<String, String> labels = Map.of("activity-1", "Reading", "activity-2", "  ", "activity-4", "Gardening");

        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria),
                new PaperAnswers("psfs", today, ticks, labels)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("activity-2.label", "activity-3.label", "activity-4"));
        assertThat(jdbc.queryForObject("select count(*) from outcome_response", Integer.class)).isZero();

        var named = Map.of("activity-1", "Reading", "activity-2", "Driving", "activity-3", " Lifting a child ");
        assertThat(outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("psfs", today, ticks, named)).value())
                .isEqualTo(4.0);
        assertThat(jdbc.queryForList("select label from outcome_answer order by item_key", String.class))
                .containsExactly("Reading", "Driving", "Lifting a child");
    }

    @Test
    void anUnknownMeasureIsRefused() {
        assertThatThrownBy(() -> outcomes.recordPaper(signIn.ref(maria),
                new PaperAnswers("made-up", today, Map.of("pain", List.of(1)))))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose a measure from the list.");
    }

    @Test
    void aTsk11AtOrAboveTheClinicsThresholdOffersPainEducation() {
        Map<String, List<Integer>> ticks = new HashMap<>();
        ShippedQuestionnaires.get("tsk-11").items().forEach(i -> ticks.put(i.key(), List.of(3)));
        ticks.put("q1", List.of(1)); // 10 × 3 + 1 = 31
        assertThat(outcomes.overview(signIn.ref(maria)).educationOffer()).isNull();
        outcomes.recordPaper(signIn.ref(maria), new PaperAnswers("tsk-11", today, ticks));

        var offer = outcomes.overview(signIn.ref(maria)).educationOffer();
        assertThat(offer.score()).isEqualTo(31.0);
        assertThat(offer.threshold()).isEqualTo(EducationOffer.DEFAULT_THRESHOLD);
        assertThat(offer.adviceTitle()).isEqualTo("Pain does not always mean harm");

        signIn.as("admin");
        settings.setTskEducationFrom(32);
        assertThatThrownBy(() -> settings.setTskEducationFrom(45)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Give a TSK-11 score from 11 to 44.");
        signIn.as("anna.berg");
        assertThat(outcomes.overview(signIn.ref(maria)).educationOffer()).isNull();
        assertThatThrownBy(() -> settings.setTskEducationFrom(20))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
