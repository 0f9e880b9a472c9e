package app.plumbline.sessionlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Side;
import app.plumbline.catalog.Tempo;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.Prescription;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What Today's form is told about a dose: its words, and a hold timer that counts reps per side. */
class SessionFormPlanTimerTest {

    private static JsonNode exercise(Dosage dose) {
        var item = new ActiveProgram.Item(new Prescription(7L, dose, null, null, null, null), null, null);
        String json = SessionFormPlan.json("draft", List.of(item), List.of(), null, "Save", url -> url);
        return JsonMapper.builder().build().readTree(json).get("exercises").get(0);
    }

    @Test
    void alternatingHoldsAreCountedPerSide() {
        JsonNode timer = exercise(new Dosage(3, 8, 5, 45, Side.ALTERNATING, 1, 5, null)).get("timer");
        assertThat(timer.get("reps").asInt()).isEqualTo(16);
        assertThat(timer.get("sides").asInt()).isEqualTo(1);
    }

    @Test
    void eachSideInTurnKeepsItsRepsAndTwoSides() {
        JsonNode timer = exercise(new Dosage(2, 5, 10, 30, Side.BOTH, 1, 7, null)).get("timer");
        assertThat(timer.get("reps").asInt()).isEqualTo(5);
        assertThat(timer.get("sides").asInt()).isEqualTo(2);
    }

    @Test
    void theDoseSaysIntensityAndTempo() {
        JsonNode exercise = exercise(new Dosage(3, 8, null, 45, Side.ALTERNATING, 1, 5, null, Intensity.rpe(6),
                new Tempo(2, 1, 3)));
        assertThat(exercise.get("dose").asString()).isEqualTo("3 sets of 8, each side, alternating sides, rest 45 seconds "
                + "between sets; effort about 6 out of 10; lift over 2 seconds, pause 1 second, lower over 3 seconds");
        assertThat(exercise.get("target").get("reps").asInt()).isEqualTo(8);
    }
}
