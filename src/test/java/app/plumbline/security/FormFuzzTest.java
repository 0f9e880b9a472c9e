package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pushes random, oversized, unicode, control-character and markup input through the account and
 * patient forms, the way Karibu's user would: no server error, nothing half-saved (a patient always
 * with its account, a therapist always with a password), nothing of the input rendered as markup,
 * and every refusal said at a field. It stays with the account forms, which are most of what it
 * fuzzes; the other forms' {@code *FuzzTest}s are in the test package of the module that owns them.
 */
class FormFuzzTest extends KaribuTest {

    private static final int ROUNDS = 25;

    @Autowired
    JdbcTemplate jdbc;

    private final FormFuzzer fuzzer = new FormFuzzer(20261121);

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Opens the form, fills it, submits it, ROUNDS times; returns how many submissions saved. */
    private int fuzz(Runnable open, String submit, LongSupplier state) {
        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            open.run();
            Component root = FormFuzzer.openDialogOrUi();
            fuzzer.fill(root);
            if (fuzzer.submit(() -> _click(_get(root, Button.class, spec -> spec.withText(submit))), state, false)) {
                saved++;
            }
            _find(Dialog.class).forEach(Dialog::close);
        }
        return saved;
    }

    @Test
    void theMarkupCheckFindsMarkup() {
        openAs("anna.berg", "patients");
        var planted = new Span();
        planted.getElement().setProperty("innerHTML", "<img src=x onerror=alert(1)>");
        UI.getCurrent().add(planted);
        assertThatThrownBy(FormFuzzer::assertNothingRenderedAsMarkup).isInstanceOf(AssertionError.class);
    }

    @Test
    void theRefusalCheckWantsAMessage() {
        openAs("anna.berg", "patients");
        var silent = new Button("Save silently");
        UI.getCurrent().add(silent);
        assertThatThrownBy(() -> fuzzer.submit(() -> _click(silent), () -> 0, true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a refusal says what is wrong");
    }

    @Test
    void newPatientFormSavesAWholePatientOrNothing() {
        long patients = count("select count(*) from patient");
        long accounts = count("select count(*) from user_account");
        long lastPatient = count("select coalesce(max(id), 0) from patient");
        openAs("anna.berg", "patients");
        int saved = fuzz(() -> _click(_get(Button.class, spec -> spec.withText("New patient"))), "Create patient",
                () -> count("select count(*) from patient"));
        long newPatients = count("select count(*) from patient") - patients;
        assertThat(saved).isPositive().isLessThan(ROUNDS);
        assertThat(newPatients).isEqualTo(saved);
        assertThat(count("select count(*) from user_account") - accounts).isEqualTo(newPatients);
        assertThat(count("select count(*) from patient p where not exists "
                + "(select 1 from user_account a where a.id = p.account_id)")).isZero();
        FormFuzzer.assertNamesShow(jdbc.queryForList("select given_name from patient where id > ? union all "
                + "select family_name from patient where id > ?", String.class, lastPatient, lastPatient));
        FormFuzzer.assertNamesShow(jdbc.queryForList("select a.display_name from user_account a "
                + "join patient p on p.account_id = a.id where p.id > ?", String.class, lastPatient));
    }

    @Test
    void newTherapistFormSavesAWholeAccountOrNothing() {
        long lastAccount = count("select max(id) from user_account");
        openAs("admin", "admin/users");
        assertThat(fuzz(() -> _click(_get(Button.class, spec -> spec.withText("New therapist"))),
                "Create account", () -> count("select count(*) from user_account"))).isPositive().isLessThan(ROUNDS);
        assertThat(count("select count(*) from user_account where role = 'THERAPIST' and password_hash is null"))
                .isZero();
        FormFuzzer.assertNamesShow(jdbc.queryForList("select display_name from user_account where id > ?",
                String.class, lastAccount));
        assertThat(jdbc.queryForList("select username from user_account where id > ?", String.class, lastAccount))
                .allSatisfy(username -> assertThat(username).matches("[a-z0-9._@-]{3,100}"));
    }

    /** Types into the open dialog's field with this label. */
    private static TextField type(String label, String value) {
        TextField field = _get(FormFuzzer.openDialogOrUi(), TextField.class, spec -> spec.withLabel(label));
        _setValue(field, value);
        return field;
    }

    @Test
    void namesThatShowNothingOrNoLetterAreRefusedAtTheirField() {
        long patients = count("select count(*) from patient");
        long accounts = count("select count(*) from user_account");
        openAs("anna.berg", "patients");
        for (String name : FormFuzzer.INVISIBLE) {
            _click(_get(Button.class, spec -> spec.withText("New patient")));
            type("First name", "Ines");
            TextField last = type("Last name", name);
            _click(_get(FormFuzzer.openDialogOrUi(), Button.class, spec -> spec.withText("Create patient")));
            assertThat(last.isInvalid()).isTrue();
            assertThat(last.getErrorMessage()).isEqualTo("Enter the last name (up to 100 characters).");
            _find(Dialog.class).forEach(Dialog::close);
        }
        _click(_get(Button.class, spec -> spec.withText("New patient")));
        TextField first = type("First name", "\u202E1234\u202C");
        type("Last name", "Lopez");
        _click(_get(FormFuzzer.openDialogOrUi(), Button.class, spec -> spec.withText("Create patient")));
        assertThat(first.getErrorMessage()).isEqualTo("The first name needs at least one letter.");
        _find(Dialog.class).forEach(Dialog::close);

        openAs("admin", "admin/users");
        for (String name : FormFuzzer.INVISIBLE) {
            _click(_get(Button.class, spec -> spec.withText("New therapist")));
            TextField full = type("Full name", name);
            type("Username", "in.visible");
            _setValue(_get(FormFuzzer.openDialogOrUi(), PasswordField.class, spec -> spec.withLabel("First password")),
                    "a fine first password");
            _click(_get(FormFuzzer.openDialogOrUi(), Button.class, spec -> spec.withText("Create account")));
            assertThat(full.isInvalid()).isTrue();
            assertThat(full.getErrorMessage()).startsWith("Enter the name shown to colleagues and patients");
            _find(Dialog.class).forEach(Dialog::close);
        }
        assertThat(count("select count(*) from patient")).isEqualTo(patients);
        assertThat(count("select count(*) from user_account")).isEqualTo(accounts);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchesAndFiltersTakeAnythingCalmly() {
        for (String[] page : new String[][] {{"anna.berg", "patients"}, {"anna.berg", "catalog"},
                {"admin", "admin/audit"}}) {
            for (int round = 0; round < ROUNDS; round++) {
                fuzzer.newRound();
                openAs(page[0], page[1]);
                fuzzer.fill(UI.getCurrent());
                // Lazy grids run their query when read, as the browser's first fetch would.
                for (Grid<Object> grid : _find(Grid.class)) {
                    int rows = GridKt._size(grid);
                    if (rows > 0) {
                        GridKt._get(grid, rows - 1);
                    }
                }
                FormFuzzer.assertNothingRenderedAsMarkup();
            }
        }
    }

    @Test
    void passwordAndActivationFormsRefuseGarbageCalmly() {
        LongSupplier tomsHash = () -> jdbc.queryForObject(
                "select password_hash from user_account where username = 'tom.ruiz'", String.class).hashCode();
        long hash = tomsHash.getAsLong();
        openAs("tom.ruiz", "account/password");
        assertThat(fuzz(() -> { }, "Change password", tomsHash)).isZero();
        assertThat(tomsHash.getAsLong()).isEqualTo(hash);

        signIn.out();
        UI.getCurrent().navigate("activate");
        assertThat(fuzz(() -> { }, "Activate my account",
                () -> count("select count(*) from user_account where password_hash is not null"))).isZero();
    }
}
