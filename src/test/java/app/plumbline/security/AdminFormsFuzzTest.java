package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.Thresholds;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.Illustration;
import app.plumbline.catalog.IllustrationCheck;
import app.plumbline.clinic.ClinicSettingsInput;
import app.plumbline.clinic.PaperSize;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's forms, fuzzed as the fuzz clinic's admin: clinic settings (and the logo upload),
 * thresholds (numbers in and far outside their ranges) and Reset login of patients with odd
 * names. Stored settings and thresholds are always a valid whole; a reset always leaves a new code.
 */
class AdminFormsFuzzTest extends KaribuTest {

    private static final int ROUNDS = 25;
    private static final String LOGO = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
            + "<rect width='10' height='10' fill='#123'/></svg>";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SystemAccounts system;
    @Autowired
    PatientService patients;
    @Autowired
    PatientAccounts patientAccounts;

    private final FormFuzzer fuzzer = new FormFuzzer(20261125);
    private Long clinic;

    @BeforeEach
    void theFuzzClinic() {
        clinic = FuzzClinic.ensure(system);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private LongSupplier versions(String table) {
        return () -> Objects.hash(jdbc.queryForList("select version from " + table + " where clinic_id = ?",
                Long.class, clinic));
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    void clinicSettingsAreSavedWholeAndValidOrNotAtAll() {
        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            openAs(FuzzClinic.ADMIN, "settings");
            fuzzer.fill(UI.getCurrent());
            if (fuzzer.submit(() -> click("Save settings"), versions("clinic_settings"), false)) {
                saved++;
            }
        }
        assertThat(saved).isPositive().isLessThan(ROUNDS);
        var row = jdbc.queryForMap("select c.name, s.contact_line, s.portal_address, s.paper_size, s.time_zone from clinic c "
                + "join clinic_settings s on s.clinic_id = c.id where c.id = ?", clinic);
        assertThat(new ClinicSettingsInput((String) row.get("name"), (String) row.get("contact_line"),
                (String) row.get("portal_address"), PaperSize.valueOf((String) row.get("paper_size")), (String) row.get("time_zone")).problems())
                .isEmpty();
    }

    @Test
    void aLogoIsKeptOnlyWhenItPassesTheCheck() {
        byte[][] files = {LOGO.getBytes(StandardCharsets.UTF_8),
            LOGO.replace("<rect", "<rect onload='alert(1)'").getBytes(StandardCharsets.UTF_8),
            "<svg><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8), new byte[0],
            new byte[400 * 1024], fuzzer.nasty().getBytes(StandardCharsets.UTF_8)};
        String[] names = {"logo.svg", "logo.png", "<img src=x onerror=alert(1)>.svg", "LOGO.PNG", "no-extension"};
        int kept = 0;
        for (int round = 0; round < ROUNDS; round++) {
            openAs(FuzzClinic.ADMIN, "settings");
            byte[] file = files[fuzzer.random().nextInt(files.length)];
            if (file.length > 0 && file.length < 1000 && fuzzer.random().nextBoolean()) {
                file[fuzzer.random().nextInt(file.length)] = (byte) fuzzer.random().nextInt(256);
            }
            byte[] sent = file.clone();
            LongSupplier logo = () -> Objects.hash(jdbc.queryForList("select logo from clinic_settings "
                    + "where clinic_id = ?", byte[].class, clinic).stream().map(java.util.Arrays::hashCode).toList());
            long before = logo.getAsLong();
            UploadKt._upload(_get(Upload.class), names[fuzzer.random().nextInt(names.length)], "image/svg+xml", sent);
            MockVaadin.clientRoundtrip(false);
            FormFuzzer.assertNothingRenderedAsMarkup();
            if (logo.getAsLong() != before) {
                kept++;
            }
        }
        assertThat(kept).isPositive().isLessThan(ROUNDS);
        var stored = jdbc.queryForMap("select logo_type, logo from clinic_settings where clinic_id = ?", clinic);
        if (stored.get("logo") != null) {
            assertThat(IllustrationCheck.problem(new Illustration((String) stored.get("logo_type"),
                    (byte[]) stored.get("logo")))).isEmpty();
        }
    }

    @Test
    void thresholdsAreSavedWholeAndValidOrNotAtAll() {
        int saved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            openAs(FuzzClinic.ADMIN, "settings/thresholds");
            if (fuzzer.random().nextInt(3) == 0) {
                click("Fill in the defaults");
            }
            fuzzer.fill(UI.getCurrent());
            if (fuzzer.submit(() -> click("Save thresholds"), versions("clinic_thresholds"), false)) {
                saved++;
            }
        }
        assertThat(saved).isPositive().isLessThan(ROUNDS);
        var t = jdbc.queryForMap("select * from clinic_thresholds where clinic_id = ?", clinic);
        var stored = new Thresholds((int) t.get("progress_adherence"), (int) t.get("progress_max_pain"),
                (int) t.get("progress_too_easy_of5"), (int) t.get("regress_pain"), (int) t.get("regress_pain_of5"),
                (int) t.get("simplify_below_adherence"), (int) t.get("simplify_keep"),
                (int) t.get("check_in_after_days"), (int) t.get("alert_pain"), (int) t.get("alert_pain_rise"));
        assertThat(stored.problems()).isEmpty();
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
