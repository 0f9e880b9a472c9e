package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class DosageTest {

    @Test
    void saysItselfInPlainWords() {
        assertThat(new Dosage(3, 10, 5, 30, Side.BOTH, 2, 7, null).inPlainWords())
                .isEqualTo("3 sets of 10, hold 5 seconds, each side, rest 30 seconds between sets");
        assertThat(new Dosage(1, 10, null, 0, Side.NONE, 1, 7, null).inPlainWords()).isEqualTo("10 times");
        assertThat(new Dosage(2, null, 30, 0, Side.BOTH, 1, 7, null).inPlainWords())
                .isEqualTo("2 holds of 30 seconds, each side");
        assertThat(new Dosage(1, null, 120, null, null, 1, 7, null).inPlainWords()).isEqualTo("Hold 2 minutes");
        assertThat(new Dosage(1, 1, null, null, Side.LEFT, 1, 7, null).inPlainWords()).isEqualTo("1 time, left side");
    }

    @Test
    void saysHowOften() {
        assertThat(new Dosage(1, 10, null, null, null, 2, 7, null).howOften()).isEqualTo("twice a day, every day");
        assertThat(new Dosage(1, 10, null, null, null, 1, 3, null).howOften()).isEqualTo("once a day, 3 days a week");
        assertThat(new Dosage(1, 10, null, null, null, 3, 1, null).howOften()).isEqualTo("3 times a day, 1 day a week");
    }

    @Test
    void checksEveryFieldAtItsBoundaries() {
        assertThat(new Dosage(1, 1, 1, 0, Side.NONE, 1, 1, null).problems()).isEmpty();
        assertThat(new Dosage(10, 100, 600, 600, Side.NONE, 6, 7, "x".repeat(200)).problems()).isEmpty();
        assertThat(new Dosage(0, 0, 0, -1, Side.NONE, 0, 0, "x".repeat(201)).problems())
                .extracting(FieldProblem::field)
                .containsExactly("sets", "reps", "holdSeconds", "restSeconds", "timesPerDay", "daysPerWeek", "note");
        assertThat(new Dosage(11, 101, 601, 601, Side.NONE, 7, 8, null).problems()).hasSize(6);
        assertThat(new Dosage(3, null, null, null, Side.NONE, 1, 7, null).problems())
                .extracting(FieldProblem::field).containsExactly("reps");
        assertThat(new Dosage(null, 10, null, null, Side.NONE, null, null, null).problems())
                .extracting(FieldProblem::field).containsExactly("sets", "timesPerDay", "daysPerWeek");
        assertThatThrownBy(() -> new Dosage(0, 10, null, null, null, 1, 7, null).validated())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 10");
    }
}
