package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.CatalogService;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramDiff;
import app.plumbline.program.ProgramService;
import app.plumbline.program.VersionSummary;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.PastSessions;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo stories raise the suggestions they should; applying one makes the next version. */
@ServiceTest
class SuggestionServiceTest {

    @Autowired
    SuggestionService suggestions;
    @Autowired
    ProgramService programs;
    @Autowired
    app.plumbline.testing.DemoPatients demo;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    ThresholdSettings settings;
    @Autowired
    PatientService patients;
    @Autowired
    CatalogService catalog;
    @Autowired
    PastSessions pastSessions;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Long patient(String therapist, String name) {
        return demo.id(therapist, name);
    }

    @Test
    void eachStoryRaisesItsRule() {
        assertThat(suggestions.suggestions(signIn.ref(patient("anna.berg", "James O'Connor"))))
                .extracting(SuggestionView::rule).contains(SuggestionRule.CHECK_IN);
        assertThat(suggestions.suggestions(signIn.ref(patient("tom.ruiz", "David Kim"))))
                .extracting(SuggestionView::rule).contains(SuggestionRule.PROGRESS);
        assertThat(suggestions.suggestions(signIn.ref(patient("tom.ruiz", "Helen Wright"))))
                .extracting(SuggestionView::rule).contains(SuggestionRule.SIMPLIFY);
        assertThat(suggestions.suggestions(signIn.ref(patient("anna.berg", "Maria Lopez"))))
                .extracting(SuggestionView::rule).doesNotContain(SuggestionRule.REGRESS, SuggestionRule.CHECK_IN);
    }

    @Test
    void applyingTheRegressSuggestionPublishesTheNextVersionWithItsDiff() {
        Long sofia = patient("anna.berg", "Sofia Rossi");
        SuggestionView regress = suggestions.suggestions(signIn.ref(sofia)).stream()
                .filter(s -> s.rule() == SuggestionRule.REGRESS).findFirst().orElseThrow();
        assertThat(regress.evidence()).contains("/10");
        assertThat(regress.diff()).isNotEmpty();
        int before = programs.versions(signIn.ref(sofia)).getFirst().number();

        VersionSummary applied = suggestions.apply(signIn.ref(sofia), regress.key());

        assertThat(applied.number()).isEqualTo(before + 1);
        assertThat(applied.reason()).isEqualTo("Applied suggestion: " + regress.title());
        assertThat(programs.diff(signIn.ref(sofia), before, applied.number())).extracting(ProgramDiff.Change::text)
                .containsExactlyElementsOf(regress.diff().stream().map(ProgramDiff.Change::text).toList());
        assertThat(suggestions.suggestions(signIn.ref(sofia))).extracting(SuggestionView::key).doesNotContain(regress.key());
    }

    @Test
    void aSwapToAnExerciseTheProgramHasAlreadyIsRefusedWithItsName() {
        signIn.as("tom.ruiz");
        Long id = patients.create(new PatientDetailsInput("Paul", "Progress", null, null, "en", null)).patientId();
        var bySlug = catalog.prescribable().stream().collect(java.util.stream.Collectors.toMap(e -> e.slug(), e -> e));
        var easy = bySlug.get("chin-tuck");
        var harder = bySlug.get(easy.progression());
        programs.publish(signIn.ref(id), programs.draft(signIn.ref(id)).version(), new ProgramContent(null, null,
                List.of(new Prescription(easy.id(), daily(easy), null, null, null, null),
                        new Prescription(harder.id(), daily(harder), null, null, null, null))), "Both levels");
        // Two weeks later, every day done, the easy one "too easy": the rule proposes its harder version.
        var testClock = (app.plumbline.testing.TestClock) clock;
        testClock.advance(java.time.Duration.ofDays(15));
        try {
            LocalDate today = LocalDate.now(clock);
            List<PastSessions.PastSession> past = new java.util.ArrayList<>();
            for (int day = 1; day <= 14; day++) {
                past.add(new PastSessions.PastSession(today.minusDays(day), 9, List.of(
                        log(easy, Difficulty.TOO_EASY), log(harder, Difficulty.ABOUT_RIGHT)), null, null));
            }
            pastSessions.record(signIn.ref(id), past, false);
            SuggestionView progress = suggestions.suggestions(signIn.ref(id)).stream()
                    .filter(s -> s.rule() == SuggestionRule.PROGRESS).findFirst().orElseThrow();

            assertThatThrownBy(() -> suggestions.apply(signIn.ref(id), progress.key()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(harder.name() + " is in the program already, so this swap would list it twice. "
                            + "Change the program in the builder instead, or dismiss the suggestion.");
            assertThat(programs.versions(signIn.ref(id))).hasSize(1);
        } finally {
            testClock.reset();
        }
    }

    private static app.plumbline.catalog.Dosage daily(app.plumbline.catalog.ExerciseCard exercise) {
        var d = exercise.dosage();
        return new app.plumbline.catalog.Dosage(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(), d.side(), 1, 7,
                d.note());
    }

    private static ExerciseLog log(app.plumbline.catalog.ExerciseCard exercise, Difficulty difficulty) {
        var d = exercise.dosage();
        return new ExerciseLog(exercise.id(), d.sets(), d.reps(), d.holdSeconds(), d.sets(), d.reps(), d.holdSeconds(),
                null, 0, difficulty);
    }

    @Test
    void theBasisShownTakesTheClinicsRegressPain() {
        signIn.as("tom.ruiz");
        Long patient = patientWithPain(5, 5, 1);
        assertThat(suggestions.suggestions(signIn.ref(patient))).extracting(SuggestionView::rule)
                .doesNotContain(SuggestionRule.REGRESS);
        signIn.as("admin");
        settings.save(new Thresholds(80, 3, 3, 4, 2, 50, 3, 5, 7, 2, 3), settings.edit().version());
        try {
            signIn.as("tom.ruiz");
            SuggestionView regress = suggestions.suggestions(signIn.ref(patient)).stream()
                    .filter(s -> s.rule() == SuggestionRule.REGRESS).findFirst().orElseThrow();
            assertThat(regress.evidence()).startsWith("Pain during above 4/10 in 2 of the last 3 logs");
            assertThat(regress.basis()).contains("pain during above 4/10", "the model's is above 5/10");
        } finally {
            signIn.as("admin");
            settings.save(Thresholds.DEFAULTS, settings.edit().version());
        }
    }

    /** A new patient of the signed-in therapist with one exercise, logged on the last days with these pains. */
    private Long patientWithPain(int... pains) {
        Long id = patients.create(new PatientDetailsInput("Pia", "Pain", null, null, "en", null)).patientId();
        var stretch = catalog.prescribable().stream().filter(e -> e.slug().equals("doorway-pec-stretch"))
                .findFirst().orElseThrow();
        var d = stretch.dosage();
        programs.publish(signIn.ref(id), programs.draft(signIn.ref(id)).version(), new ProgramContent(null, null,
                List.of(new Prescription(stretch.id(), d, null, null, null, null))), "Start");
        LocalDate today = LocalDate.now(clock);
        List<PastSessions.PastSession> past = new java.util.ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            past.add(new PastSessions.PastSession(today.minusDays(i + 1), 9, List.of(new ExerciseLog(stretch.id(),
                    d.sets(), d.reps(), d.holdSeconds(), d.sets(), d.reps(), d.holdSeconds(), null, pains[i],
                    Difficulty.ABOUT_RIGHT)), null, null));
        }
        pastSessions.record(signIn.ref(id), past, false);
        return id;
    }

    @Test
    void aDismissedSuggestionNeedsAReasonAndStaysAwayUntilNewLogs() {
        Long james = patient("anna.berg", "James O'Connor");
        SuggestionView checkIn = suggestions.suggestions(signIn.ref(james)).stream()
                .filter(s -> s.rule() == SuggestionRule.CHECK_IN).findFirst().orElseThrow();

        assertThatThrownBy(() -> suggestions.dismiss(signIn.ref(james), checkIn.key(), " "))
                .isInstanceOf(InvalidInputException.class);
        suggestions.dismiss(signIn.ref(james), checkIn.key(), "Phoned him; he restarts on Monday");

        assertThat(suggestions.suggestions(signIn.ref(james))).extracting(SuggestionView::key).doesNotContain(checkIn.key());
    }

    @Test
    void anotherClinicCannotSeeOrApply() {
        Long david = patient("tom.ruiz", "David Kim");
        String key = suggestions.suggestions(signIn.ref(david)).getFirst().key();
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> suggestions.suggestions(signIn.ref(david))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.apply(signIn.ref(david), key)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.dismiss(signIn.ref(david), key, "x")).isInstanceOf(AccessDeniedException.class);
        signIn.as("david.kim");
        assertThatThrownBy(() -> suggestions.suggestions(signIn.ref(david))).isInstanceOf(AccessDeniedException.class);
    }
}
