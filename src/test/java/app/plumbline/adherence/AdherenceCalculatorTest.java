package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.AdherenceCalculator.SetsDone;
import app.plumbline.adherence.AdherenceCalculator.VersionSpan;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;
import app.plumbline.program.Prescription;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdherenceCalculatorTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    static Prescription rx(long exercise, int sets, int timesPerDay, int daysPerWeek, Set<DayOfWeek> weekdays,
            LocalDate start, LocalDate end) {
        return new Prescription(exercise, new Dosage(sets, 10, null, 30, Side.NONE, timesPerDay, daysPerWeek, null),
                weekdays, start, end, null);
    }

    static VersionSpan version(int number, LocalDate from, LocalDate until, Prescription... prescriptions) {
        return new VersionSpan(number, from, until, List.of(prescriptions));
    }

    /** The exercise done with all its sets on each of the given days, one session a day. */
    static List<SetsDone> doneOn(long exercise, int sets, LocalDate... days) {
        List<SetsDone> done = new ArrayList<>();
        for (LocalDate day : days) {
            done.add(new SetsDone(day, exercise, sets));
        }
        return done;
    }

    @Test
    void fullWeekDoneIsOneHundredPercentOnBothLevels() {
        var v1 = version(1, MONDAY, null, rx(1, 3, 1, 7, null, null, null));
        var days = MONDAY.datesUntil(SUNDAY.plusDays(1)).toList();
        var result = AdherenceCalculator.compute(List.of(v1), doneOn(1, 3, days.toArray(LocalDate[]::new)),
                new HashSet<>(days), MONDAY, SUNDAY);

        assertThat(result.exercises().percent()).isEqualTo(100);
        assertThat(result.days().percent()).isEqualTo(100);
        assertThat(result.weeks()).singleElement().satisfies(w -> assertThat(w.exercises()).isEqualTo(
                new AdherenceCalculator.Ratio(21, 21)));
    }

    @Test
    void setsAreCappedAtWhatWasPrescribed() {
        var v1 = version(1, MONDAY, null, rx(1, 2, 1, 2, null, null, null));
        var result = AdherenceCalculator.compute(List.of(v1), doneOn(1, 5, MONDAY, MONDAY.plusDays(1),
                MONDAY.plusDays(2)), Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)), MONDAY, SUNDAY);

        assertThat(result.exercises()).isEqualTo(new AdherenceCalculator.Ratio(4, 4));
        assertThat(result.days()).isEqualTo(new AdherenceCalculator.Ratio(2, 2));
    }

    @Test
    void fixedWeekdaysScheduleOnlyThoseDays() {
        var v1 = version(1, MONDAY, null, rx(1, 1, 1, 7, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null));
        var result = AdherenceCalculator.compute(List.of(v1), doneOn(1, 1, MONDAY), Set.of(MONDAY), MONDAY, SUNDAY);

        assertThat(result.exercises()).isEqualTo(new AdherenceCalculator.Ratio(1, 2));
        assertThat(result.days().percent()).isEqualTo(50);
    }

    @Test
    void aPatientStartingMidWeekIsOnlyExpectedOnTheDaysLeft() {
        LocalDate friday = MONDAY.plusDays(4);
        var v1 = version(1, friday, null, rx(1, 1, 1, 5, null, null, null));
        var result = AdherenceCalculator.compute(List.of(v1), doneOn(1, 1, friday, friday.plusDays(1)),
                Set.of(friday, friday.plusDays(1)), MONDAY, SUNDAY);

        assertThat(result.exercises()).isEqualTo(new AdherenceCalculator.Ratio(2, 3));
        assertThat(result.days()).isEqualTo(new AdherenceCalculator.Ratio(2, 3));
    }

    @Test
    void aVersionChangedMidWeekCountsEachDayAgainstItsOwnVersion() {
        LocalDate thursday = MONDAY.plusDays(3);
        var v1 = version(1, MONDAY, thursday, rx(1, 2, 1, 7, null, null, null));
        var v2 = version(2, thursday, null, rx(1, 4, 1, 7, null, null, null), rx(2, 1, 1, 7, null, null, null));
        var days = MONDAY.datesUntil(SUNDAY.plusDays(1)).toList();
        List<SetsDone> done = new ArrayList<>(doneOn(1, 2, MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)));
        done.addAll(doneOn(1, 4, thursday, thursday.plusDays(1), thursday.plusDays(2), thursday.plusDays(3)));
        var result = AdherenceCalculator.compute(List.of(v1, v2), done, new HashSet<>(days), MONDAY, SUNDAY);

        assertThat(result.perExercise().get(2L)).isEqualTo(new AdherenceCalculator.Ratio(0, 4));
        assertThat(result.days().percent()).isEqualTo(100);
    }

    @Test
    void twoSessionsADayAreBothNeededForTwiceADay() {
        var v1 = version(1, MONDAY, null, rx(1, 1, 2, 7, null, null, null));
        List<SetsDone> done = new ArrayList<>(doneOn(1, 1, MONDAY, MONDAY));
        done.addAll(doneOn(1, 1, MONDAY.plusDays(1)));
        var result = AdherenceCalculator.compute(List.of(v1), done, Set.of(MONDAY, MONDAY.plusDays(1)), MONDAY,
                MONDAY.plusDays(1));

        assertThat(result.exercises()).isEqualTo(new AdherenceCalculator.Ratio(3, 4));
        assertThat(result.days()).isEqualTo(new AdherenceCalculator.Ratio(2, 2));
    }

    @Test
    void endDatesStopTheExpectation() {
        var v1 = version(1, MONDAY, null, rx(1, 1, 1, 7, null, null, MONDAY.plusDays(1)));
        var result = AdherenceCalculator.compute(List.of(v1), doneOn(1, 1, MONDAY, MONDAY.plusDays(1)),
                Set.of(MONDAY, MONDAY.plusDays(1)), MONDAY, SUNDAY);

        assertThat(result.exercises()).isEqualTo(new AdherenceCalculator.Ratio(2, 2));
        assertThat(result.days().percent()).isEqualTo(100);
    }

    @Test
    void nothingPrescribedMeansNoPercentageRatherThanZero() {
        var result = AdherenceCalculator.compute(List.of(), List.of(), Set.of(), MONDAY, SUNDAY);
        assertThat(result.exercises().percent()).isNull();
        assertThat(result.days().percent()).isNull();
    }

    @Test
    void aWindowAcrossWeeksAddsUpOnlyItsOwnDays() {
        var v1 = version(1, MONDAY.minusWeeks(2), null, rx(1, 1, 1, 7, null, null, null));
        LocalDate from = MONDAY.plusDays(3);
        LocalDate to = from.plusDays(13);
        var days = from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfMonth() % 2 == 0).toList();
        var result = AdherenceCalculator.compute(List.of(v1), doneOn(1, 1, days.toArray(LocalDate[]::new)),
                new HashSet<>(days), from, to);

        assertThat(result.exercises().expected()).isEqualTo(14);
        assertThat(result.exercises().done()).isEqualTo(days.size());
        assertThat(result.weeks()).hasSize(3);
    }
}
