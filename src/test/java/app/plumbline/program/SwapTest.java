package app.plumbline.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;
import org.junit.jupiter.api.Test;

class SwapTest {

    @Test
    void takesTheNewExercisesDoseOnThePatientsSchedule() {
        var current = new Dosage(3, 15, null, 30, Side.NONE, 2, 5, "light band");
        var harderDefault = new Dosage(3, 8, 3, 60, Side.NONE, 1, 7, null);

        assertThat(Swap.dosage(current, harderDefault)).isEqualTo(new Dosage(3, 8, 3, 60, Side.NONE, 2, 5, null));
    }

    @Test
    void keepsThePatientsSideWhenBothAreSided() {
        var current = new Dosage(2, 10, null, 0, Side.LEFT, 1, 7, null);
        assertThat(Swap.dosage(current, new Dosage(2, 8, 20, 0, Side.BOTH, 1, 7, null)).side()).isEqualTo(Side.LEFT);
        assertThat(Swap.dosage(current, new Dosage(2, 8, 20, 0, Side.NONE, 1, 7, null)).side()).isEqualTo(Side.NONE);
    }
}
