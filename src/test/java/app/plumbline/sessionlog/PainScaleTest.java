package app.plumbline.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.FieldProblem;
import org.junit.jupiter.api.Test;

/** The pain scale: 0–10, and the pain-monitoring model's zones (0–2 safe, 3–5 acceptable, above 5 too much). */
class PainScaleTest {

    @Test
    void theModelsZonesAtTheirBoundaries() {
        var scale = PainScale.MODEL;
        assertThat(scale.zone(0)).isEqualTo(PainScale.Zone.SAFE);
        assertThat(scale.zone(2)).isEqualTo(PainScale.Zone.SAFE);
        assertThat(scale.zone(3)).isEqualTo(PainScale.Zone.ACCEPTABLE);
        assertThat(scale.zone(5)).isEqualTo(PainScale.Zone.ACCEPTABLE);
        assertThat(scale.zone(6)).isEqualTo(PainScale.Zone.TOO_MUCH);
        assertThat(scale.zone(10)).isEqualTo(PainScale.Zone.TOO_MUCH);
        assertThat(scale.tooMuch(5)).isFalse();
        assertThat(scale.tooMuch(6)).isTrue();
        assertThat(scale.tooMuch(null)).isFalse();
        assertThat(scale.tooMuchText()).isEqualTo("above 5/10");
    }

    @Test
    void aClinicsLineMovesTooMuchButNotTheRangeOrTheRedFlag() {
        var clinic = new PainScale(4);
        assertThat(clinic.zone(4)).isEqualTo(PainScale.Zone.ACCEPTABLE);
        assertThat(clinic.zone(5)).isEqualTo(PainScale.Zone.TOO_MUCH);
        assertThat(clinic.tooMuchText()).isEqualTo("above 4/10");
        assertThat(new PainScale(1).zone(2)).isEqualTo(PainScale.Zone.TOO_MUCH);
        assertThat(PainScale.severe(7)).isFalse();
        assertThat(PainScale.severe(8)).isTrue();
        assertThat(PainScale.severe(null)).isFalse();
        assertThatThrownBy(() -> new PainScale(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PainScale(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRangeIsZeroToTenAndTheFieldCheckSaysSo() {
        assertThat(PainScale.inRange(0)).isTrue();
        assertThat(PainScale.inRange(10)).isTrue();
        assertThat(PainScale.inRange(-1)).isFalse();
        assertThat(PainScale.inRange(11)).isFalse();
        assertThat(PainScale.inRange(null)).isFalse();
        assertThatThrownBy(() -> PainScale.MODEL.zone(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PainScale.name()).isEqualTo("the 0–10 scale");

        assertThat(PainScale.check("p", null, true)).contains(
                new FieldProblem("p", "Choose your pain during the exercise, from 0 to 10."));
        assertThat(PainScale.check("p", 11, true)).contains(
                new FieldProblem("p", "Choose your pain during the exercise, from 0 to 10."));
        assertThat(PainScale.check("p", null, false)).isEmpty();
        assertThat(PainScale.check("p", -1, false)).contains(new FieldProblem("p", "Pain is a number from 0 to 10."));
        assertThat(PainScale.check("p", 10, true)).isEmpty();
    }

    @Test
    void aSessionIsTooPainfulOnlyForExercisesDoneAboveTheLine() {
        var six = new ExerciseLog(1L, 3, 10, null, 3, 10, null, null, 6, Difficulty.TOO_HARD);
        var nineSkipped = new ExerciseLog(1L, 3, 10, null, null, null, null, SkipReason.PAIN, 9, null);
        var five = new ExerciseLog(1L, 3, 10, null, 3, 10, null, null, 5, Difficulty.ABOUT_RIGHT);

        assertThat(new SessionInput("k", java.util.List.of(six), null).tooPainful(PainScale.MODEL)).isTrue();
        assertThat(new SessionInput("k", java.util.List.of(five, nineSkipped), null).tooPainful(PainScale.MODEL))
                .isFalse();
        assertThat(new SessionInput("k", java.util.List.of(five), null).tooPainful(new PainScale(4))).isTrue();
    }
}
