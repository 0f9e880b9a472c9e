package app.plumbline.adherence;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.FormFuzzer;
import app.plumbline.testing.FuzzClinic;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's thresholds form, fuzzed as the fuzz clinic's admin (numbers in and far outside
 * their ranges): stored thresholds are always a valid whole.
 */
class ThresholdsFuzzTest extends KaribuTest {

    private static final int ROUNDS = 25;

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
                (int) t.get("check_in_after_days"), (int) t.get("alert_pain"), (int) t.get("alert_pain_rise"),
                (int) t.get("settle_scheduled_days"));
        assertThat(stored.problems()).isEmpty();
    }
}
