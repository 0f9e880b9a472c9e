package app.plumbline.sessionlog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
import app.plumbline.sessionlog.ui.SessionLogForm;
import app.plumbline.testing.BrowserSessionForm;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
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
            + "and pain between 0 and 10)) and (reps_done is null or reps_done between 0 "
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
        programs.publish(signIn.ref(patientId), programs.draft(signIn.ref(patientId)).version(), new ProgramContent(null, null, rx), "Fuzz");
    }

    private void delete(Long session) {
        UI.getCurrent().navigate("history/" + session);
        click("Delete this session");
        // A patient on a phone must be able to back out (Escape is not at hand there).
        assertThat(_get(ConfirmDialog.class).getElement()
                .getProperty("cancelButtonVisible", false)).isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    private BrowserSessionForm form() {
        return BrowserSessionForm.of(_get(SessionLogForm.class));
    }

    /**
     * Fills the session form with random values as a forged browser might send them and presses
     * Save: tells whether it saved, by whether the state it writes changed; a refusal must name
     * what is wrong.
     */
    private boolean saves(LongSupplier state) {
        fuzzer.newRound();
        long before = state.getAsLong();
        String values = form().values((i, entry) -> {
            entry.put("sets", numberText(0, 20)).put("reps", numberText(0, 200)).put("hold", numberText(0, 1200))
                    .put("pain", numberText(0, 10))
                    .put("difficulty", fuzzer.pick(List.of("TOO_EASY", "ABOUT_RIGHT", "TOO_HARD", "", "too_hard")))
                    .put("skipped", fuzzer.random().nextInt(5) == 0)
                    .put("skipReason", fuzzer.pick(List.of("PAIN", "NO_TIME", "FORGOT", "OTHER", fuzzer.text())));
        }, fuzzer.random().nextBoolean() ? "" : fuzzer.text());
        String answer = form().save(values);
        FormFuzzer.assertNothingRenderedAsMarkup();
        if (state.getAsLong() != before) {
            assertThat(answer).isEqualTo("{}");
            return true;
        }
        assertThat(answer).as("a refusal says what is wrong; sent %s", values).matches("\\{\"problems\":\\{\".+\":\".+");
        return false;
    }

    /** A number as the browser's field sends it: in range, out of range, empty, or not a number at all. */
    private String numberText(int min, int max) {
        if (fuzzer.random().nextInt(10) == 0) {
            return fuzzer.text();
        }
        Integer number = fuzzer.number(min, max);
        return number == null ? "" : number.toString();
    }

    @Test
    void deletingASessionWithSeverePainKeepsTheRedFlag() {
        openAs(patient, "today");
        assertThat(form().save(form().filledIn(9, "TOO_HARD"))).isEqualTo("{}");
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
            if (!saves(() -> count("select count(*) from session_log where patient_id = ?", patientId))) {
                continue;
            }
            saved++;
            Long session = count("select max(id) from session_log where patient_id = ?", patientId);
            assertThat(count("select count(*) from exercise_log where session_id = ?", session)).isEqualTo(rx.size());

            fuzzer.newRound();
            UI.getCurrent().navigate("history/" + session);
            if (saves(() -> count("select version from session_log where id = ?", session))) {
                changed++;
            }
            assertThat(count("select count(*) from exercise_log where session_id = ?", session)).isEqualTo(rx.size());
            // Only this session's logs.
            assertThat(count("select count(*) from exercise_log where session_id = ? and not (" + VALID_LOG + ")",
                    session)).isZero();
            delete(session);
            FormFuzzer.assertNothingRenderedAsMarkup();
            assertThat(count("select count(*) from session_log where id = ?", session)).isZero();
            assertThat(count("select count(*) from exercise_log where session_id = ?", session)).isZero();
        }

        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(changed).isPositive().isLessThan(saved);
    }
}
