package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
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

    private static Dosage with(Intensity intensity, Tempo tempo) {
        return new Dosage(3, 8, null, 45, Side.ALTERNATING, 1, 5, null, intensity, tempo);
    }

    private static Object intensityProblems(Intensity intensity) {
        return with(intensity, null).problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void alternatingRepsArePerSide() {
        assertThat(with(null, null).inPlainWords())
                .isEqualTo("3 sets of 8, each side, alternating sides, rest 45 seconds between sets");
    }

    @Test
    void saysIntensityAndTempoAfterTheAmount() {
        assertThat(with(Intensity.rpe(6), new Tempo(2, 1, 3)).inPlainWords()).isEqualTo(
                "3 sets of 8, each side, alternating sides, rest 45 seconds between sets; effort about 6 out of 10; "
                        + "lift over 2 seconds, pause 1 second, lower over 3 seconds");
        assertThat(with(Intensity.band(Band.RED), null).intensityAndTempoInWords()).isEqualTo("red band");
        assertThat(with(Intensity.kg(new BigDecimal("2.5")), null).intensityAndTempoInWords()).isEqualTo("2.5 kg");
        assertThat(with(Intensity.kg(new BigDecimal("3.00")), null).intensityAndTempoInWords()).isEqualTo("3 kg");
        assertThat(with(null, new Tempo(1, null, 4)).intensityAndTempoInWords())
                .isEqualTo("lift over 1 second, lower over 4 seconds");
        assertThat(with(null, null).intensityAndTempoInWords()).isEmpty();
    }

    @Test
    void effortIsAWholeNumberFrom0To10() {
        assertThat(intensityProblems(Intensity.rpe(-1))).isEqualTo(List.of("intensity"));
        assertThat(intensityProblems(Intensity.rpe(0))).isEqualTo(List.of());
        assertThat(intensityProblems(Intensity.rpe(10))).isEqualTo(List.of());
        assertThat(intensityProblems(Intensity.rpe(11))).isEqualTo(List.of("intensity"));
        assertThat(intensityProblems(Intensity.rpe(null))).isEqualTo(List.of("intensity"));
        assertThat(intensityProblems(new Intensity(Intensity.Kind.RPE, new BigDecimal("6.5"), null)))
                .isEqualTo(List.of("intensity"));
    }

    @Test
    void weightIsFromHalfAKiloTo100WithOneDecimal() {
        assertThat(intensityProblems(Intensity.kg(new BigDecimal("0.4")))).isEqualTo(List.of("intensity"));
        assertThat(intensityProblems(Intensity.kg(new BigDecimal("0.5")))).isEqualTo(List.of());
        assertThat(intensityProblems(Intensity.kg(new BigDecimal("100")))).isEqualTo(List.of());
        assertThat(intensityProblems(Intensity.kg(new BigDecimal("100.5")))).isEqualTo(List.of("intensity"));
        assertThat(intensityProblems(Intensity.kg(new BigDecimal("2.25")))).isEqualTo(List.of("intensity"));
        assertThat(with(Intensity.kg(new BigDecimal("100.5")), null).problems().getFirst().message())
                .contains("0.5 to 100 kg");
    }

    @Test
    void aBandNeedsItsColourAndAnIntensityItsKind() {
        assertThat(intensityProblems(Intensity.band(null))).isEqualTo(List.of("intensity"));
        assertThat(intensityProblems(new Intensity(null, BigDecimal.ONE, null))).isEqualTo(List.of("intensity"));
        assertThatThrownBy(() -> Band.fromCode("purple")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Band.fromCode("silver")).isEqualTo(Band.SILVER);
    }

    @Test
    void anIntensityHoldsOneKindOnly() {
        var band = new Intensity(Intensity.Kind.BAND, new BigDecimal("6"), Band.RED);
        assertThat(band.amount()).isNull();
        var rpe = new Intensity(Intensity.Kind.RPE, new BigDecimal("6"), Band.RED);
        assertThat(rpe.band()).isNull();
        assertThat(rpe).isEqualTo(Intensity.rpe(6));
        assertThat(Intensity.kg(new BigDecimal("3"))).isEqualTo(Intensity.kg(new BigDecimal("3.0")));
    }

    @Test
    void tempoNeedsLiftAndLowerFrom1To10AndAPauseFrom0To10() {
        assertThat(with(null, new Tempo(1, 0, 1)).problems()).isEmpty();
        assertThat(with(null, new Tempo(10, 10, 10)).problems()).isEmpty();
        assertThat(with(null, new Tempo(null, 1, 3)).problems()).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tempo", "Give the lift from 1 to 10 seconds."));
        assertThat(with(null, new Tempo(2, 1, null)).problems()).extracting(FieldProblem::field).containsExactly("tempo");
        assertThat(with(null, new Tempo(0, 1, 3)).problems()).extracting(FieldProblem::field).containsExactly("tempo");
        assertThat(with(null, new Tempo(2, 11, 3)).problems()).extracting(FieldProblem::field).containsExactly("tempo");
        assertThat(with(null, new Tempo(2, -1, 3)).problems()).extracting(FieldProblem::field).containsExactly("tempo");
        assertThat(with(null, new Tempo(2, 1, 11)).problems()).extracting(FieldProblem::field).containsExactly("tempo");
        assertThat(new Tempo(2, null, 3).pause()).isZero();
    }

    @Test
    void keepsIntensityAndTempoWhenTheCountsOrTheScheduleChange() {
        var dose = with(Intensity.rpe(6), new Tempo(2, 1, 3));
        assertThat(dose.withCounts(2, 10, 5)).isEqualTo(
                new Dosage(2, 10, 5, 45, Side.ALTERNATING, 1, 5, null, Intensity.rpe(6), new Tempo(2, 1, 3)));
        assertThat(dose.withSchedule(2, 3).intensity()).isEqualTo(Intensity.rpe(6));
        assertThat(dose.withSchedule(2, 3).daysPerWeek()).isEqualTo(3);
    }
}
