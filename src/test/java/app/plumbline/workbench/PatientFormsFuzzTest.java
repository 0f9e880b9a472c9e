package app.plumbline.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.security.SystemAccounts;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.PastSessions;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.TestClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The therapist's forms about one patient, fuzzed on a patient of the fuzz clinic made for the
 * test: the assessment (an assessment always with its findings), the patient's details, the
 * versions to compare and a suggestion's dismissal, and the paper log (a session from paper always
 * with its exercises).
 */
class PatientFormsFuzzTest extends KaribuTest {

    private static final int ROUNDS = 25;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SystemAccounts system;
    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    PastSessions pastSessions;

    private final FormFuzzer fuzzer = new FormFuzzer(20261122);
    private Long patientId;

    @BeforeEach
    void aPatientOfTheFuzzClinic() {
        FuzzClinic.ensure(system);
        signIn.as(FuzzClinic.THERAPIST);
        patientId = patients.create(new PatientDetailsInput("Petra", "Fuzz", null, null, "en", null)).patientId();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Button button(Component root, String text) {
        return _get(root, Button.class, spec -> spec.withText(text));
    }

    @Test
    void assessmentFormSavesAnAssessmentWithItsFindingsOrNothing() {
        openAs(FuzzClinic.THERAPIST, "patients/" + patientId);
        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            _click(button(UI.getCurrent(), "Record assessment"));
            Component dialog = FormFuzzer.openDialogOrUi();
            // Choosing a pattern adds the next row: filling twice may fill one or two more findings.
            for (int more = fuzzer.random().nextInt(3); more >= 0; more--) {
                fuzzer.fill(dialog);
            }
            if (fuzzer.submit(() -> _click(button(dialog, "Save assessment")),
                    () -> count("select count(*) from assessment where patient_id = ?", patientId), false)) {
                saved++;
            }
            _find(Dialog.class).forEach(Dialog::close);
        }
        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(count("select count(*) from assessment a where not exists "
                + "(select 1 from finding f where f.assessment_id = a.id)")).isZero();
        assertThat(count("select count(*) from finding f join assessment a on a.id = f.assessment_id "
                + "where a.patient_id = ?", patientId)).isGreaterThanOrEqualTo(saved);
    }

    @Test
    void detailsFormSavesValidDetailsOrNothing() {
        openAs(FuzzClinic.THERAPIST, "patients/" + patientId);
        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            _click(button(UI.getCurrent(), "Edit details"));
            Component dialog = FormFuzzer.openDialogOrUi();
            fuzzer.fill(dialog);
            if (fuzzer.submit(() -> _click(button(dialog, "Save")),
                    () -> count("select version from patient where id = ?", patientId), false)) {
                saved++;
            }
            _find(Dialog.class).forEach(Dialog::close);
        }
        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(count("select count(*) from patient where id = ? and given_name is not null "
                + "and length(given_name) <= 100 and length(family_name) <= 100", patientId)).isOne();
        FormFuzzer.assertNamesShow(jdbc.queryForList("select given_name from patient where id = ? union all "
                + "select family_name from patient where id = ?", String.class, patientId, patientId));
    }

    @Test
    void detailsFormKeepsNamesWithoutTheirInvisibleCharacters() {
        openAs(FuzzClinic.THERAPIST, "patients/" + patientId);
        _click(button(UI.getCurrent(), "Edit details"));
        Component dialog = FormFuzzer.openDialogOrUi();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(_get(dialog,
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("First name")),
                "\u202EPia\u202C");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(_get(dialog,
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Last name")),
                "\u2066Fu\u200Bzz\uFEFF\u2069");
        _click(button(dialog, "Save"));
        assertThat(jdbc.queryForList("select given_name || '|' || family_name from patient where id = ?",
                String.class, patientId)).containsExactly("Pia|Fuzz");
    }

    @Test
    void dismissingASuggestionKeepsAReasonOrNothing() {
        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            Long id = patientWithSeverePainEveryDay();
            openAs(FuzzClinic.THERAPIST, "patients/" + id);
            fuzzer.fill(UI.getCurrent());
            var dismiss = _find(Button.class, spec -> spec.withPredicate(b -> b.getText().endsWith("ismiss")));
            assertThat(dismiss).as("suggestions after a week of pain 10/10").isNotEmpty();
            _click(dismiss.get(fuzzer.random().nextInt(dismiss.size())));
            Component dialog = FormFuzzer.openDialogOrUi();
            fuzzer.fill(dialog);
            if (fuzzer.submit(() -> _click(button(dialog, "Dismiss")),
                    () -> count("select count(*) from suggestion_dismissal where patient_id = ?", id), false)) {
                saved++;
            }
            _find(Dialog.class).forEach(Dialog::close);
        }
        assertThat(saved).isPositive().isLessThan(ROUNDS);
    }

    /** A new patient of the fuzz clinic with a program of two versions and pain 10/10 on each of the last 5 days. */
    private Long patientWithSeverePainEveryDay() {
        signIn.as(FuzzClinic.THERAPIST);
        Long id = patients.create(new PatientDetailsInput("Sven", "Fuzz", null, null, "en", null)).patientId();
        List<ExerciseCard> three = catalog.prescribable().stream().filter(e -> !e.isClinicExercise()).limit(3).toList();
        for (int version = 1; version <= 2; version++) {
            programs.publish(signIn.ref(id), programs.draft(signIn.ref(id)).version(), new ProgramContent(null, null, three.stream()
                    .limit(version + 1L).map(e -> new Prescription(e.id(), e.dosage(), null, null, null, null))
                    .toList()), "Version " + version);
        }
        var items = programs.active(signIn.ref(id)).orElseThrow().items();
        pastSessions.record(signIn.ref(id), java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(daysAgo ->
                new PastSessions.PastSession(TestClock.today().minusDays(daysAgo), 10, items.stream().map(i -> {
                    Dosage d = i.prescription().dosage();
                    return new ExerciseLog(i.prescription().exerciseId(), d.sets(), d.reps(), d.holdSeconds(),
                            d.sets(), d.reps(), d.holdSeconds(), null, 10, Difficulty.TOO_HARD);
                }).toList(), null, null)).toList(), false);
        return id;
    }

    @Test
    void paperLogSavesWholeSessionsFromPaperOrNothing() {
        List<ExerciseCard> two = catalog.prescribable().stream().filter(e -> !e.isClinicExercise()).limit(2).toList();
        LocalDate longAgo = TestClock.today().minusDays(400);
        var draft = programs.draft(signIn.ref(patientId));
        programs.publish(signIn.ref(patientId), draft.version(), new ProgramContent(null, null, two.stream().map(e -> {
            Dosage d = e.dosage();
            return new Prescription(e.id(), new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(), d.side(),
                    2, 7, d.note()), null, longAgo, null, null);
        }).toList()), "For the paper log");

        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            openAs(FuzzClinic.THERAPIST, "patients/" + patientId + "/paper-log");
            fuzzer.fill(UI.getCurrent());
            if (fuzzer.submit(() -> _click(button(UI.getCurrent(), "Save paper log")),
                    () -> count("select count(*) from session_log where patient_id = ? and source = 'PAPER'",
                            patientId), true)) {
                saved++;
            }
        }
        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(count("select count(*) from session_log s where s.patient_id = ? and not exists "
                + "(select 1 from exercise_log e where e.session_id = s.id)", patientId)).isZero();
        assertThat(count("select count(*) from exercise_log e join session_log s on s.id = e.session_id "
                + "where s.patient_id = ? and (e.pain < 0 or e.pain > 10)", patientId)).isZero();
    }
}
