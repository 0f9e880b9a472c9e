package app.plumbline.clinic;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Illustration;
import app.plumbline.catalog.IllustrationCheck;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's clinic settings form and logo upload, fuzzed as the fuzz clinic's admin: stored
 * settings are always a valid whole, and a logo is kept only when it passes the check. The
 * thresholds form: {@code adherence.ThresholdsFuzzTest}; Reset login: {@code security.ResetLoginFuzzTest}.
 */
class ClinicSettingsFuzzTest extends KaribuTest {

    private static final int ROUNDS = 25;
    private static final String LOGO = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
            + "<rect width='10' height='10' fill='#123'/></svg>";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SystemAccounts system;

    private final FormFuzzer fuzzer = new FormFuzzer(20261125);
    private Long clinic;

    @BeforeEach
    void theFuzzClinic() {
        clinic = FuzzClinic.ensure(system);
    }

    private LongSupplier versions(String table) {
        return FuzzClinic.versions(jdbc, table, clinic);
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
                (String) row.get("portal_address"), PaperSize.valueOf((String) row.get("paper_size")), (String) row.get("time_zone"), ClinicSettingsInput.DEFAULT_REVIEW_WEEKS).problems())
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
}
