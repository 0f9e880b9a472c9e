package app.plumbline.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clinic exercise editor under random input, creating and then editing exercises of the fuzz
 * clinic: every text, the muscles worked, kind, region, level, equipment, the default dose, the
 * easier and harder versions and the picture. A saved exercise always has its muscles and a dose
 * within the rules; the exercise page shows its odd text as text.
 */
class ClinicExerciseFuzzTest extends KaribuTest {

    private static final int ROUNDS = 30;
    private static final String PICTURE = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
            + "<circle cx='5' cy='5' r='4'/></svg>";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SystemAccounts system;

    private final FormFuzzer fuzzer = new FormFuzzer(20261126);

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void upload() {
        int pick = fuzzer.random().nextInt(6);
        String file = pick < 4 ? PICTURE : pick == 4 ? PICTURE.replace("<circle", "<circle onclick='alert(1)'")
                : fuzzer.nasty();
        UploadKt._upload(_get(Upload.class), pick == 5 ? fuzzer.nasty() + ".svg" : "picture.svg", "image/svg+xml",
                file.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void exercisesAreSavedWholeOrNotAtAll() {
        Long clinic = FuzzClinic.ensure(system);
        LongSupplier exercises = () -> count("select count(*) from exercise where clinic_id = ?", clinic);
        int created = 0;
        int edited = 0;
        for (int round = 0; round < ROUNDS; round++) {
            fuzzer.newRound();
            List<String> slugs = jdbc.queryForList("select slug from exercise where clinic_id = ?", String.class,
                    clinic);
            boolean edit = !slugs.isEmpty() && fuzzer.random().nextBoolean();
            String slug = edit ? slugs.get(fuzzer.random().nextInt(slugs.size())) : null;
            // A fresh page each round: navigating to the same route keeps the view and its added muscle rows.
            newTabAs(FuzzClinic.THERAPIST, "catalog/clinic/edit" + (edit ? "/" + slug : ""));
            for (int more = fuzzer.random().nextInt(3); more > 0; more--) {
                _click(_get(Button.class, spec -> spec.withText("Add muscle")));
            }
            fuzzer.fill(UI.getCurrent());
            if (!edit || fuzzer.random().nextInt(3) == 0) {
                upload();
            }
            LongSupplier state = edit ? () -> count("select version from exercise where slug = ?", slug) : exercises;
            if (fuzzer.submit(() -> _click(_get(Button.class, spec -> spec.withText("Save exercise"))), state, false)) {
                if (edit) {
                    edited++;
                } else {
                    created++;
                }
            }
        }
        assertThat(created).isPositive();
        assertThat(edited).isPositive();
        assertThat(created + edited).isLessThan(ROUNDS);
        assertThat(count("select count(*) from exercise e where e.clinic_id = ? and ((select count(*) from "
                + "exercise_target t where t.exercise_id = e.id) not between 1 and 6 or not (sets between 1 and 10 "
                + "and (reps is null or reps between 1 and 100) and (hold_seconds is null or hold_seconds between 1 "
                + "and 600) and (reps is not null or hold_seconds is not null) and times_per_day between 1 and 6 "
                + "and days_per_week between 1 and 7))", clinic)).isZero();
    }
}
