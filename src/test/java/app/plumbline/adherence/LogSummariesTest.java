package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.PastSessions;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Adherence's own log summary follows every session write, in the writer's transaction. */
@ServiceTest
class LogSummariesTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    PastSessions pastSessions;
    @Autowired
    LogSummaries summaries;
    @Autowired
    StandingService standings;
    @Autowired
    SignIn signIn;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theSummaryFollowsTheLogsWithinTheWritersTransaction() {
        signIn.as("anna.berg");
        LocalDate today = TestClock.today();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            Long id = patients.create(new PatientDetailsInput("Summary", "Probe", null, null, "en", null))
                    .patientId();
            PatientRef patient = signIn.ref(id);
            ExerciseCard exercise = catalog.prescribable().getFirst();
            programs.publish(patient, programs.draft(patient).version(), new ProgramContent("Probe", null,
                    List.of(new Prescription(exercise.id(), exercise.dosage(), null, null, null, null))), "Start");
            assertThat(summaries.of(List.of(id))).isEmpty();

            pastSessions.record(patient, List.of(session(exercise, today.minusDays(20), 4),
                    session(exercise, today.minusDays(16), 2), session(exercise, today.minusDays(3), 8)), true);

            // First week: the sessions 20 and 16 days ago (pain 4 and 2); the latest 3 days ago.
            assertThat(summaries.of(List.of(id)).get(id)).isEqualTo(
                    new LogSummaries.LogSummary(today.minusDays(20), today.minusDays(3), 3.0));
            assertThat(standings.standings(List.of(id)).get(id)).satisfies(s -> {
                assertThat(s.lastSession()).isEqualTo(today.minusDays(3));
                assertThat(s.firstWeekPain()).isEqualTo(3.0);
            });
        });
    }

    private static PastSessions.PastSession session(ExerciseCard exercise, LocalDate day, int pain) {
        var d = exercise.dosage();
        return new PastSessions.PastSession(day, 18, List.of(new ExerciseLog(exercise.id(), d.sets(), d.reps(),
                d.holdSeconds(), d.sets(), d.reps(), d.holdSeconds(), null, pain, null)), null, null);
    }
}
