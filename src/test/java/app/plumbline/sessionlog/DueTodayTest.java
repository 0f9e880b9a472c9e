package app.plumbline.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;
import app.plumbline.program.Prescription;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueTodayTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);

    static Prescription rx(long id, int timesPerDay, int daysPerWeek, Set<DayOfWeek> weekdays, LocalDate start,
            LocalDate end) {
        return new Prescription(id, new Dosage(2, 10, null, 30, Side.NONE, timesPerDay, daysPerWeek, null), weekdays,
                start, end, null);
    }

    @Test
    void fixedWeekdaysAreDueOnlyOnThoseDays() {
        var rx = rx(1, 1, 7, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, null);
        assertThat(DueToday.plan(List.of(rx), MONDAY, Map.of(), 0).due()).containsExactly(rx);
        assertThat(DueToday.plan(List.of(rx), MONDAY.plusDays(1), Map.of(), 0).due()).isEmpty();
        assertThat(DueToday.plan(List.of(rx), THURSDAY, Map.of(), 0).due()).containsExactly(rx);
    }

    @Test
    void daysPerWeekAreDueUntilTheWeeksQuotaIsDone() {
        var rx = rx(1, 1, 3, null, null, null);
        var threeDone = Map.of(1L, Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)));
        var twoDone = Map.of(1L, Set.of(MONDAY, MONDAY.plusDays(1)));

        assertThat(DueToday.plan(List.of(rx), THURSDAY, twoDone, 0).due()).containsExactly(rx);
        assertThat(DueToday.plan(List.of(rx), THURSDAY, threeDone, 0).due()).isEmpty();
        assertThat(DueToday.plan(List.of(rx), MONDAY.plusDays(7), Map.of(), 0).due()).containsExactly(rx);
    }

    @Test
    void startAndEndDatesBoundTheSchedule() {
        var rx = rx(1, 1, 7, null, THURSDAY, THURSDAY.plusDays(2));
        assertThat(DueToday.plan(List.of(rx), MONDAY, Map.of(), 0).due()).isEmpty();
        assertThat(DueToday.plan(List.of(rx), THURSDAY, Map.of(), 0).due()).containsExactly(rx);
        assertThat(DueToday.plan(List.of(rx), THURSDAY.plusDays(2), Map.of(), 0).due()).containsExactly(rx);
        assertThat(DueToday.plan(List.of(rx), THURSDAY.plusDays(3), Map.of(), 0).due()).isEmpty();
    }

    @Test
    void twiceADayMakesASecondSessionWithOnlyThoseExercises() {
        var twice = rx(1, 2, 7, null, null, null);
        var once = rx(2, 1, 7, null, null, null);

        var first = DueToday.plan(List.of(twice, once), MONDAY, Map.of(), 0);
        assertThat(first.sessionNumber()).isEqualTo(1);
        assertThat(first.sessionsPerDay()).isEqualTo(2);
        assertThat(first.due()).containsExactly(twice, once);

        var second = DueToday.plan(List.of(twice, once), MONDAY, Map.of(1L, Set.of(MONDAY), 2L, Set.of(MONDAY)), 1);
        assertThat(second.sessionNumber()).isEqualTo(2);
        assertThat(second.due()).containsExactly(twice);

        var done = DueToday.plan(List.of(twice, once), MONDAY, Map.of(1L, Set.of(MONDAY)), 2);
        assertThat(done.allDone()).isTrue();
        assertThat(done.due()).isEmpty();
    }

    @Test
    void aProgramChangedMidWeekUsesTheNewPrescriptionsWithTheWeeksHistory() {
        var oldRx = rx(1, 1, 3, null, null, null);
        var newRx = rx(1, 1, 5, null, null, null);
        var threeDone = Map.of(1L, Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)));

        assertThat(DueToday.plan(List.of(oldRx), THURSDAY, threeDone, 0).due()).isEmpty();
        assertThat(DueToday.plan(List.of(newRx), THURSDAY, threeDone, 0).due()).containsExactly(newRx);
    }

    @Test
    void doneTodayStaysVisibleForTheRestOfTheDay() {
        var rx = rx(1, 2, 1, null, null, null);
        assertThat(DueToday.plan(List.of(rx), THURSDAY, Map.of(1L, Set.of(THURSDAY)), 1).due()).containsExactly(rx);
        assertThat(DueToday.plan(List.of(rx), THURSDAY.plusDays(1), Map.of(1L, Set.of(THURSDAY)), 0).due()).isEmpty();
    }
}
