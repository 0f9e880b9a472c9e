package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.program.BuilderDraft;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.NextMorning;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.PainfulSession;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The standings the therapist's home reads are computed once a day per patient and kept; every
 * write that changes one makes it stale in the writer's transaction, and a standing computed before
 * a concurrent write is never kept.
 */
@ServiceTest
class StoredStandingsTest {

    @Autowired
    StandingService standings;
    @Autowired
    StoredStandings stored;
    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    SessionLogService sessions;
    @Autowired
    PainfulSession painfulSession;
    @Autowired
    DemoPatients demoPatients;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aViewKeepsTheStandingsOfTheDayAndTheNextViewReadsThem() {
        Long maria = demoPatients.id("anna.berg", "Maria Lopez");
        List<Long> clinic = patients.clinicPatients().stream().map(PatientSummary::id).toList();
        Map<Long, Standing> first = standings.standings(clinic);

        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(clinic);
        assertThat(jdbc.queryForObject("select count(*) from patient_standing where as_of = ? and patient_id in ("
                + String.join(",", clinic.stream().map(String::valueOf).toList()) + ")", Integer.class,
                Date.valueOf(TestClock.today()))).isEqualTo(clinic.size());
        // What is kept is what the next view reads: a figure changed in the row shows.
        jdbc.update("update patient_standing set adherence14 = 101 where patient_id = ?", maria);
        try {
            assertThat(standings.standings(List.of(maria)).get(maria).adherence14()).isEqualTo(101);
        } finally {
            jdbc.update("update patient_standing set as_of = null where patient_id = ?", maria);
        }
        assertThat(standings.standings(List.of(maria)).get(maria)).isEqualTo(first.get(maria));
    }

    @Test
    void aRowOfAnEarlierDayIsComputedAgain() {
        Long helen = demoPatients.id("anna.berg", "Helen Wright");
        Standing today = standings.standings(List.of(helen)).get(helen);
        jdbc.update("update patient_standing set as_of = ?, adherence14 = 101 where patient_id = ?",
                Date.valueOf(TestClock.today().minusDays(1)), helen);

        assertThat(standings.standings(List.of(helen)).get(helen)).isEqualTo(today);
    }

    @Test
    void aSessionWrittenMakesTheStandingStaleWithinTheWritersTransaction() {
        Long sofia = demoPatients.id("anna.berg", "Sofia Rossi");
        standings.standings(List.of(sofia));
        long before = generation(sofia);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            painfulSession.raiseRedFlag(sofia);
            assertThat(generation(sofia)).isEqualTo(before + 1);
            assertThat(asOf(sofia)).isNull();
        });
        assertThat(asOf(sofia)).isEqualTo(Date.valueOf(TestClock.today()));
    }

    @Test
    void aVersionPublishedMakesTheStandingStale() {
        Long maria = demoPatients.id("anna.berg", "Maria Lopez");
        standings.standings(List.of(maria));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            var patient = signIn.ref(maria);
            var draft = programs.draft(patient);
            programs.publish(patient, draft.version(), new ProgramContent(draft.goal(), draft.reviewDate(),
                    draft.lines().stream().map(BuilderDraft.Line::prescription).toList(), draft.advice()),
                    "Probe of the stored standing");
            assertThat(asOf(maria)).isNull();
        });
    }

    @Test
    void aNextMorningAnswerMakesTheStandingStale() {
        Long maria = demoPatients.id("anna.berg", "Maria Lopez");
        standings.standings(List.of(maria));
        long before = generation(maria);
        signIn.as("maria.lopez");
        var lastDay = sessions.history(0, 1).sessions().getFirst().date();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            sessions.answerNextMorning(lastDay, NextMorning.SAME);
            assertThat(generation(maria)).isEqualTo(before + 1);
        });
    }

    @Test
    void aStandingComputedBeforeAConcurrentWriteIsNotKept() {
        Long james = demoPatients.id("anna.berg", "James O'Connor");
        Standing computed = standings.standings(List.of(james)).get(james);
        jdbc.update("update patient_standing set as_of = null where patient_id = ?", james);
        Map<Long, Long> read = new TransactionTemplate(transactions).execute(s -> stored.generations(List.of(james)));
        // A write commits between the reader's generation and its store.
        jdbc.update("update patient_standing set generation = generation + 1 where patient_id = ?", james);
        new TransactionTemplate(transactions).executeWithoutResult(s -> stored.store(List.of(computed), read,
                TestClock.today()));

        assertThat(asOf(james)).isNull();
        assertThat(standings.standings(List.of(james)).get(james)).isEqualTo(computed);
        assertThat(asOf(james)).isEqualTo(Date.valueOf(TestClock.today()));
    }

    @Test
    void aCallerInItsOwnTransactionGetsStandingsComputedThereAndNothingIsKept() {
        Long helen = demoPatients.id("anna.berg", "Helen Wright");
        Standing kept = standings.standings(List.of(helen)).get(helen);
        jdbc.update("update patient_standing set as_of = null where patient_id = ?", helen);
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Standing computed = readOnly.execute(s -> standings.standings(List.of(helen)).get(helen));

        assertThat(computed).isEqualTo(kept);
        assertThat(asOf(helen)).isNull();
    }

    @Test
    void anotherClinicsPatientsAreLeftOut() {
        Long maria = demoPatients.id("anna.berg", "Maria Lopez");
        standings.standings(List.of(maria));
        signIn.as(otherClinic.therapist());

        assertThat(standings.standings(List.of(maria))).isEmpty();
    }

    private long generation(Long patientId) {
        return jdbc.queryForObject("select generation from patient_standing where patient_id = ?", Long.class,
                patientId);
    }

    private Date asOf(Long patientId) {
        return jdbc.queryForObject("select as_of from patient_standing where patient_id = ?", Date.class, patientId);
    }
}
