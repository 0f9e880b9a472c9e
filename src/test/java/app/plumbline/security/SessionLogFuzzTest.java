package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ui.PainSelect;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The patient's session log under random input: Today's form (sets, reps, hold, pain, difficulty,
 * skipped and why, the note), then the saved session changed and deleted from its edit page. A
 * session is always saved with all its exercises, and none is left behind after Delete (while
 * the red flags it raised stay for the therapist).
 */
class SessionLogFuzzTest extends KaribuTest {

    private static final int ROUNDS = 30;
    private static final String VALID_LOG = "(skip_reason is not null or (sets_done between 0 and 20 "
            + "and pain between 0 and 10 and difficulty is not null)) and (reps_done is null or reps_done between 0 "
            + "and 200) and (hold_seconds_done is null or hold_seconds_done between 0 and 1200)";

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

    private final FormFuzzer fuzzer = new FormFuzzer(20261124);

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private Long patientId;
    private String patient;
    private final List<Prescription> rx = new ArrayList<>();

    @BeforeEach
    void aPatientOfTheFuzzClinicWithAProgram() {
        FuzzClinic.ensure(system);
        signIn.as(FuzzClinic.THERAPIST);
        var created = patients.create(new PatientDetailsInput("Sana", "Fuzz", null, null, "en", null));
        patientId = created.patientId();
        patient = created.activation().username();
        // Reps, a hold and both; six sessions a day, so Today always has a form to fill.
        for (ExerciseCard e : catalog.prescribable().stream().filter(e -> !e.isClinicExercise()).toList()) {
            Dosage d = e.dosage();
            boolean wanted = rx.stream().noneMatch(p -> (p.dosage().reps() == null) == (d.reps() == null)
                    && (p.dosage().holdSeconds() == null) == (d.holdSeconds() == null));
            if (wanted) {
                rx.add(new Prescription(e.id(), new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(),
                        d.side(), 6, 7, d.note()), null, null, null, "Note with <b>bold</b> & <img src=x onerror=alert(1)>"));
            }
        }
        programs.publish(patientId, programs.draft(patientId).version(), new ProgramContent(null, null, rx), "Fuzz");
    }

    private void delete(Long session) {
        UI.getCurrent().navigate("history/" + session);
        click("Delete this session");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void deletingASessionWithSeverePainKeepsTheRedFlag() {
        openAs(patient, "today");
        _find(PainSelect.class, spec -> spec.withLabel("Pain during (0 to 10)")).forEach(pain -> _setValue(pain, 9));
        _find(RadioButtonGroup.class, spec -> spec.withLabel("How did it feel?"))
                .forEach(feel -> _setValue(feel, Difficulty.TOO_HARD));
        click("Save my session");
        Long session = count("select max(id) from session_log where patient_id = ?", patientId);

        delete(session);

        assertThat(count("select count(*) from session_log where id = ?", session)).isZero();
        assertThat(count("select count(*) from red_flag where patient_id = ? and session_id is null "
                + "and acknowledged_at is null", patientId)).isEqualTo(rx.size());
    }

    @Test
    void sessionsAreSavedChangedAndDeletedWholeOrNotAtAll() {
        int saved = 0;
        int changed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            openAs(patient, "today");
            fuzzer.fill(UI.getCurrent());
            if (!fuzzer.submit(() -> click("Save my session"),
                    () -> count("select count(*) from session_log where patient_id = ?", patientId), false)) {
                continue;
            }
            saved++;
            Long session = count("select max(id) from session_log where patient_id = ?", patientId);
            assertThat(count("select count(*) from exercise_log where session_id = ?", session)).isEqualTo(rx.size());

            fuzzer.newRound();
            UI.getCurrent().navigate("history/" + session);
            fuzzer.fill(UI.getCurrent());
            if (fuzzer.submit(() -> click("Save changes"),
                    () -> count("select version from session_log where id = ?", session), false)) {
                changed++;
            }
            assertThat(count("select count(*) from exercise_log where session_id = ?", session)).isEqualTo(rx.size());
            delete(session);
            FormFuzzer.assertNothingRenderedAsMarkup();
            assertThat(count("select count(*) from session_log where id = ?", session)).isZero();
            assertThat(count("select count(*) from exercise_log where session_id = ?", session)).isZero();
        }

        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(changed).isPositive().isLessThan(saved);
        assertThat(count("select count(*) from exercise_log where not (" + VALID_LOG + ")")).isZero();
    }
}
