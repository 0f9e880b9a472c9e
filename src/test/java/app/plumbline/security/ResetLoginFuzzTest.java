package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reset login on the admin's Users screen, for patients of the fuzz clinic with odd names: a
 * reset always leaves a new code, and no name is rendered as markup.
 */
class ResetLoginFuzzTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SystemAccounts system;
    @Autowired
    PatientService patients;
    @Autowired
    PatientAccounts patientAccounts;

    private final FormFuzzer fuzzer = new FormFuzzer(20261125);

    @BeforeEach
    void theFuzzClinic() {
        FuzzClinic.ensure(system);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void resetLoginOfPatientsWithOddNamesLeavesANewCodeAndNoMarkup() {
        signIn.as(FuzzClinic.THERAPIST);
        int made = 0;
        for (int n = 0; n < 12; n++) {
            fuzzer.newRound();
            try {
                var created = patients.create(new PatientDetailsInput(fuzzer.text(), fuzzer.text(), null, null, "en",
                        null));
                if (n % 2 == 0) {
                    patientAccounts.activate(created.activation().code(), "long enough password " + n);
                }
                made++;
            } catch (InvalidInputException refused) {
                // An odd name the service refuses is no patient to reset.
            }
        }
        assertThat(made).isGreaterThan(3);

        openAs(FuzzClinic.ADMIN, "admin/users");
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("patient-logins"));
        int resets = 0;
        for (int row = 0; row < GridKt._size(grid); row++) {
            Long account = GridKt._get(grid, row).id();
            _click((Button) GridKt._getCellComponent(grid, row, "resetLogin"));
            ConfirmDialog confirm = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened)
                    .reduce((a, b) -> b).orElseThrow();
            ConfirmDialogKt._fireConfirm(confirm);
            confirm.close();
            FormFuzzer.assertNothingRenderedAsMarkup();
            assertThat(_find(Dialog.class).stream().filter(Dialog::isOpened)).hasSize(1);
            click("Done");
            assertThat(count("select count(*) from user_account where id = ? and password_hash is null", account))
                    .isOne();
            assertThat(count("select count(*) from activation_code where account_id = ?", account)).isOne();
            resets++;
        }
        assertThat(resets).isGreaterThanOrEqualTo(made);
    }
}
