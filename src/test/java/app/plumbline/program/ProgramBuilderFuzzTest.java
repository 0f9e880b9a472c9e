package app.plumbline.program;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The program builder under random input and random clicks: exercises added, moved, swapped and
 * removed, every dose, schedule and note field, then Save draft, Publish (with its dialog), Save as
 * template or Apply template. A published version or a template always holds its exercises, and
 * no stored dose is outside the rules.
 */
class ProgramBuilderFuzzTest extends KaribuTest {

    private static final int ROUNDS = 50;
    private static final String VALID_DOSE = "sets between 1 and 10 and (reps is null or reps between 1 and 100) "
            + "and (hold_seconds is null or hold_seconds between 1 and 600) and (reps is not null or hold_seconds "
            + "is not null) and (rest_seconds is null or rest_seconds between 0 and 600) and times_per_day between "
            + "1 and 6 and days_per_week between 1 and 7 and (therapist_note is null or length(therapist_note) <= 500)";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SystemAccounts system;
    @Autowired
    PatientService patients;

    private final FormFuzzer fuzzer = new FormFuzzer(20261123);

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private List<Button> buttons(Predicate<String> ariaLabel) {
        return _find(Button.class).stream().filter(b -> b.isAttached() && b.isVisible() && b.isEnabled()
                && ariaLabel.test(b.getAriaLabel().orElse(""))).toList();
    }

    private void clickSome(Predicate<String> ariaLabel, int most) {
        for (int n = fuzzer.random().nextInt(most + 1); n > 0; n--) {
            var found = buttons(ariaLabel);
            if (!found.isEmpty()) {
                _click(found.get(fuzzer.random().nextInt(found.size())));
            }
        }
    }

    private static Button button(Component root, String text) {
        return _get(root, Button.class, spec -> spec.withText(text));
    }

    /** Opens the dialog the button opens, fuzzes it and presses its button. */
    /** Version 1 publishes at once; a later version asks why in a dialog. */
    private void publish() {
        _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Publish version"))));
        if (!_find(Dialog.class).isEmpty()) {
            Component dialog = FormFuzzer.openDialogOrUi();
            fuzzer.fill(dialog);
            _click(button(dialog, "Publish"));
        }
    }

    private void inDialog(String opener, String confirm) {
        _click(button(UI.getCurrent(), opener));
        Component dialog = FormFuzzer.openDialogOrUi();
        fuzzer.fill(dialog);
        _click(button(dialog, confirm));
    }

    @Test
    void builderSavesPublishesAndKeepsTemplatesWholeOrNothing() {
        Long clinic = FuzzClinic.ensure(system);
        signIn.as(FuzzClinic.THERAPIST);
        Long patientId = patients.create(new PatientDetailsInput("Bruno", "Fuzz", null, null, "en", null))
                .patientId();
        LongSupplier state = () -> Objects.hash(
                jdbc.queryForList("select d.version from program_draft d join program p on p.id = d.program_id "
                        + "where p.patient_id = ?", Long.class, patientId),
                count("select count(*) from program_version v join program p on p.id = v.program_id "
                        + "where p.patient_id = ?", patientId),
                count("select count(*) from program_template where clinic_id = ?", clinic));

        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            openAs(FuzzClinic.THERAPIST, "patients/" + patientId + "/program");
            // Unsaved changes of the round before: the builder asks before leaving; leave.
            _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).forEach(ConfirmDialogKt::_fireConfirm);
            // A few exercises at a time, as a program should be; the saved draft would only grow.
            for (var lines = buttons(a -> a.startsWith("Remove ")); lines.size() > 3; lines = lines.subList(1,
                    lines.size())) {
                _click(lines.getFirst());
            }
            clickSome(a -> a.startsWith("Add ") && a.endsWith(" to the program"), 2);
            clickSome(a -> a.startsWith("Move ") || a.startsWith("Swap ") || a.startsWith("Remove "), 2);
            buttons(a -> a.startsWith("Edit dose of ")).stream().filter(b -> fuzzer.random().nextInt(4) > 0)
                    .forEach(b -> _click(b));
            fuzzer.fill(UI.getCurrent());
            Runnable submit = switch (fuzzer.random().nextInt(6)) {
                case 0, 1 -> () -> _click(button(UI.getCurrent(), "Save draft"));
                case 2, 3 -> this::publish;
                case 4 -> () -> inDialog("Save as template", "Save template");
                default -> () -> {
                    inDialog("Apply template", "Add to the program");
                    _find(Dialog.class).forEach(Dialog::close);
                    _click(button(UI.getCurrent(), "Save draft"));
                };
            };
            if (fuzzer.submit(submit, state, true)) {
                saved++;
            }
            _find(Dialog.class).forEach(Dialog::close);
        }

        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(count("select count(*) from program_version v join program p on p.id = v.program_id "
                + "where p.patient_id = ?", patientId)).isPositive();
        assertThat(count("select count(*) from program_template where clinic_id = ?", clinic)).isPositive();
        assertThat(count("select count(*) from program_version v where not exists "
                + "(select 1 from version_prescription r where r.owner_id = v.id)")).isZero();
        assertThat(count("select count(*) from program_template t where not exists "
                + "(select 1 from template_prescription r where r.owner_id = t.id)")).isZero();
        for (String table : List.of("draft_prescription", "version_prescription", "template_prescription")) {
            assertThat(count("select count(*) from " + table + " where not (" + VALID_DOSE + ")")).as(table).isZero();
        }
    }
}
