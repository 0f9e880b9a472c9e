package app.plumbline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.program.SessionSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final SessionTimes DEFAULT = new DefaultSessionTimes();

    @Test
    void fixedWeekdaysGiveOneEventOnEachOfThoseDaysAcrossTheWeekBoundary() {
        var schedule = new SessionSchedule(Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), 2, 1, null, null);

        var sessions = SessionCalendar.sessions(List.of(schedule), MONDAY.plusDays(6), MONDAY.plusDays(7), BERLIN, 1L,
                DEFAULT);

        assertThat(sessions).extracting(CalendarSession::day).containsExactly(MONDAY.plusDays(6), MONDAY.plusDays(7));
        assertThat(sessions.getFirst().start()).isEqualTo(Instant.parse("2026-11-22T17:00:00Z"));
    }

    @Test
    void daysPerWeekAreSpreadOverTheWeek() {
        var three = new SessionSchedule(Set.of(), 3, 1, null, null);

        var sessions = SessionCalendar.sessions(List.of(three), MONDAY, MONDAY.plusDays(13), BERLIN, 1L, DEFAULT);

        assertThat(sessions).extracting(s -> s.day().getDayOfWeek()).containsExactly(
                DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY,
                DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        for (int perWeek = 1; perWeek <= 7; perWeek++) {
            var schedule = new SessionSchedule(Set.of(), perWeek, 1, null, null);
            assertThat(SessionCalendar.sessions(List.of(schedule), MONDAY, MONDAY.plusDays(6), BERLIN, 1L, DEFAULT))
                    .as(perWeek + " days a week").hasSize(perWeek);
        }
    }

    @Test
    void nothingBeforeTheStartDateOrAfterTheEndDate() {
        var daily = new SessionSchedule(Set.of(), 7, 1, MONDAY.plusDays(2), MONDAY.plusDays(4));

        var sessions = SessionCalendar.sessions(List.of(daily), MONDAY, MONDAY.plusDays(13), BERLIN, 1L, DEFAULT);

        assertThat(sessions).extracting(CalendarSession::day)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
    }

    @Test
    void aDayHasAsManySessionsAsItsMostFrequentPrescription() {
        var twiceOnMonday = new SessionSchedule(Set.of(DayOfWeek.MONDAY), 1, 2, null, null);
        var onceDaily = new SessionSchedule(Set.of(), 7, 1, null, null);

        var sessions = SessionCalendar.sessions(List.of(twiceOnMonday, onceDaily), MONDAY, MONDAY.plusDays(1), BERLIN,
                1L, DEFAULT);

        assertThat(sessions).extracting(CalendarSession::day, CalendarSession::number, CalendarSession::start)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MONDAY, 1, Instant.parse("2026-11-16T07:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(MONDAY, 2, Instant.parse("2026-11-16T17:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(1), 1, Instant.parse("2026-11-17T17:00:00Z")));
    }

    @Test
    void eighteenHundredStaysEighteenHundredInBerlinAcrossTheSpringAndAutumnChanges() {
        var daily = new SessionSchedule(Set.of(), 7, 1, null, null);

        var spring = SessionCalendar.sessions(List.of(daily), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29),
                BERLIN, 1L, DEFAULT);
        var autumn = SessionCalendar.sessions(List.of(daily), LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25),
                BERLIN, 1L, DEFAULT);

        assertThat(spring).extracting(CalendarSession::start).containsExactly(
                Instant.parse("2026-03-28T17:00:00Z"), Instant.parse("2026-03-29T16:00:00Z"));
        assertThat(autumn).extracting(CalendarSession::start).containsExactly(
                Instant.parse("2026-10-24T16:00:00Z"), Instant.parse("2026-10-25T17:00:00Z"));
    }

    @Test
    void aTimeTheSpringChangeSkipsMovesOnByTheGap() {
        var daily = new SessionSchedule(Set.of(), 7, 1, null, null);
        SessionTimes halfPastTwo = (patient, day, count) -> List.of(java.time.LocalTime.of(2, 30));

        var sessions = SessionCalendar.sessions(List.of(daily), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29),
                BERLIN, 1L, halfPastTwo);

        assertThat(sessions.getFirst().start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void theTimesComeFromThePortForThePatientAndDay() {
        var daily = new SessionSchedule(Set.of(), 7, 2, null, null);
        SessionTimes chosen = (patient, day, count) -> patient == 7L && count == 2
                ? List.of(java.time.LocalTime.of(19, 30), java.time.LocalTime.of(6, 45)) : List.of();

        var sessions = SessionCalendar.sessions(List.of(daily), MONDAY, MONDAY, BERLIN, 7L, chosen);

        assertThat(sessions).extracting(CalendarSession::start).containsExactly(
                Instant.parse("2026-11-16T05:45:00Z"), Instant.parse("2026-11-16T18:30:00Z"));
    }

    @Test
    void noScheduleNoSessions() {
        assertThat(SessionCalendar.sessions(List.of(), MONDAY, MONDAY.plusWeeks(8), BERLIN, 1L, DEFAULT)).isEmpty();
    }

    @Test
    void defaultTimesSpreadThreeOrMoreSessionsFromMorningToEvening() {
        assertThat(DEFAULT.timesOn(1L, MONDAY, 1)).containsExactly(java.time.LocalTime.of(18, 0));
        assertThat(DEFAULT.timesOn(1L, MONDAY, 2)).containsExactly(java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(18, 0));
        assertThat(DEFAULT.timesOn(1L, MONDAY, 3)).containsExactly(java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(14, 0), java.time.LocalTime.of(20, 0));
    }
}
