package app.plumbline.sessionlog;

import app.plumbline.testing.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.plumbline.adherence.AdherenceService;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.program.ProgramService;
import app.plumbline.sheet.SheetFixture;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** A paper tracking grid typed back in: sessions from paper that count in adherence. */
@ServiceTest
@Import(SheetFixture.class)
class PaperLogTest {

    @Autowired
    PastSessions pastSessions;
    @Autowired
    SessionFigures sessions;
    @Autowired
    AdherenceService adherence;
    @Autowired
    ProgramService programs;
    @Autowired
    SheetFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Long firstExercise(Long patientId) {
        return programs.active(signIn.ref(patientId)).orElseThrow().items().getFirst().prescription().exerciseId();
    }

    @Test
    void aPaperLogShowsUpInAdherenceMarkedAsPaper() {
        signIn.as("anna.berg");
        LocalDate today = TestClock.today();
        Long id = fixture.patientWithProgram("Paula", "Paper", 2, today.minusDays(13));
        var items = programs.active(signIn.ref(id)).orElseThrow().items();
        Long first = items.get(0).prescription().exerciseId();
        Long second = items.get(1).prescription().exerciseId();
        assertThat(adherence.report(signIn.ref(id), 2).dayPercent14()).isZero();
        assertThat(adherence.report(signIn.ref(id), 2).exercisePercent14()).isZero();

        int saved = pastSessions.recordPaper(signIn.ref(id), List.of(
                new PaperDay(today.minusDays(3), Map.of(first, 1, second, 2), 3),
                new PaperDay(today.minusDays(2), Map.of(first, 1), null),
                new PaperDay(today.minusDays(1), Map.of(first, 0, second, 0), null)));

        assertThat(saved).isEqualTo(3);
        var report = adherence.report(signIn.ref(id), 2);
        assertThat(report.dayPercent14()).isPositive();
        assertThat(report.exercisePercent14()).isPositive();
        assertThat(pastSessions.loggedDays(signIn.ref(id), today.minusDays(3), today))
                .containsEntry(today.minusDays(3), new PastSessions.LoggedDay(0, 2))
                .containsEntry(today.minusDays(2), new PastSessions.LoggedDay(0, 1))
                .doesNotContainKey(today.minusDays(1));
        assertThat(sessions.exerciseLogsSince(signIn.ref(id), today.minusDays(3))).hasSize(4)
                .allSatisfy(l -> assertThat(l.difficulty()).isNull());
    }

    @Test
    void theSameDayCannotBeEnteredFromPaperTwiceNorInTheFutureAndBadPainIsRefused() {
        signIn.as("anna.berg");
        LocalDate today = TestClock.today();
        Long id = fixture.patientWithProgram("Dora", "Double", 1, today.minusDays(13));
        Long exercise = firstExercise(id);
        pastSessions.recordPaper(signIn.ref(id), List.of(new PaperDay(today.minusDays(1), Map.of(exercise, 1), 2)));

        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), List.of(
                new PaperDay(today.minusDays(2), Map.of(exercise, 1), 2),
                new PaperDay(today.minusDays(1), Map.of(exercise, 1), 2))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already entered");
        assertThat(pastSessions.loggedDays(signIn.ref(id), today.minusDays(2), today)).containsOnlyKeys(today.minusDays(1));
        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), List.of(
                new PaperDay(today.plusDays(1), Map.of(exercise, 1), 2)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), List.of(
                new PaperDay(today.minusDays(3), Map.of(exercise, 1), 11))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(PaperDay.painField(today.minusDays(3))));
        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), List.of(
                new PaperDay(today.minusDays(3), Map.of(exercise, 0), null)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Tick at least one box");
    }

    @Test
    void painOnADayWithoutTicksIsRefusedAtThatDayWithEveryOtherProblemAndNothingIsSaved() {
        signIn.as("anna.berg");
        LocalDate today = TestClock.today();
        Long id = fixture.patientWithProgram("Nora", "Notick", 1, today.minusDays(13));
        Long exercise = firstExercise(id);

        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), List.of(
                new PaperDay(today.minusDays(3), Map.of(exercise, 1), 2),
                new PaperDay(today.minusDays(2), Map.of(exercise, 0), 4),
                new PaperDay(today.minusDays(1), Map.of(exercise, 1), 12))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                                tuple(PaperDay.painField(today.minusDays(2)),
                                        "No session ticked: tick one or clear the pain."),
                                tuple(PaperDay.painField(today.minusDays(1)), "Pain is a number from 0 to 10.")));
        assertThat(pastSessions.loggedDays(signIn.ref(id), today.minusDays(3), today)).isEmpty();
    }

    @Test
    void onlyTheClinicsTherapistsEnterPaperLogs() {
        signIn.as("anna.berg");
        LocalDate today = TestClock.today();
        Long id = fixture.patientWithProgram("Olive", "Own", 1, today.minusDays(13));
        Long exercise = firstExercise(id);
        var day = List.of(new PaperDay(today.minusDays(1), Map.of(exercise, 1), 2));
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), day)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pastSessions.loggedDays(signIn.ref(id), today, today)).isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> pastSessions.recordPaper(signIn.ref(id), day)).isInstanceOf(AccessDeniedException.class);
        signIn.as("tom.ruiz");
        assertThat(pastSessions.recordPaper(signIn.ref(id), day)).isEqualTo(1);
    }
}
