package app.plumbline.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.reminder.DueReminders.Claimed;
import app.plumbline.reminder.DueReminders.Due;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The due-reminder rules at their edges, in Europe/Berlin, with fixed instants (never the real
 * clock). 2026-11-18 is a Wednesday; Berlin leaves summer time on 2026-10-25 and enters it on
 * 2026-03-29.
 */
class DueRemindersTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    static final LocalDate LONG_AGO = LocalDate.of(2026, 1, 1);
    static final NudgeRules RULES = NudgeRules.DEFAULT;
    static final NudgeRules NO_QUIET = new NudgeRules(LocalTime.of(19, 0), 3, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
            Duration.ofMinutes(30));
    static final Set<DayOfWeek> MON_WED_FRI = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    static ReminderTimes plan(Set<DayOfWeek> days, String... times) {
        return new ReminderTimes(1L, days, java.util.Arrays.stream(times).map(LocalTime::parse).toList(), BERLIN, true);
    }

    static Instant berlin(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    static List<Due> due(ReminderTimes plan, NudgeRules rules, Instant now, Map<LocalDate, Integer> logged) {
        return DueReminders.due(plan, LONG_AGO, rules, now, logged, Set.of());
    }

    /** Logged on each of the days before, so no missed days stand in the way. */
    static Map<LocalDate, Integer> loggedEveryDayBefore(LocalDate day) {
        var logged = new java.util.HashMap<LocalDate, Integer>();
        for (LocalDate d = day.minusDays(10); d.isBefore(day); d = d.plusDays(1)) {
            logged.put(d, 1);
        }
        return logged;
    }

    static List<ReminderKind> kinds(List<Due> due) {
        return due.stream().map(Due::kind).toList();
    }

    @Test
    void aChosenTimeIsDueFromThatMinuteForHalfAnHourOnlyOnAChosenDay() {
        var plan = plan(MON_WED_FRI, "18:00");
        var logged = loggedEveryDayBefore(WEDNESDAY);
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "17:59:59"), logged)).isEmpty();
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "18:00"), logged))
                .containsExactly(new Due(ReminderKind.SCHEDULED, berlin(WEDNESDAY, "18:00").atZone(BERLIN)));
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "18:29:59"), logged)).hasSize(1);
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "18:30"), logged)).as("older than the catch-up window").isEmpty();
        var thursday = WEDNESDAY.plusDays(1);
        assertThat(due(plan, RULES, berlin(thursday, "18:00"), loggedEveryDayBefore(thursday))).isEmpty();
    }

    @Test
    void aClaimedReminderIsNotDueAgain() {
        var plan = plan(MON_WED_FRI, "18:00");
        var claimed = Set.of(new Claimed(ReminderKind.SCHEDULED, berlin(WEDNESDAY, "18:00")));
        assertThat(DueReminders.due(plan, LONG_AGO, RULES, berlin(WEDNESDAY, "18:01"), loggedEveryDayBefore(WEDNESDAY),
                claimed)).isEmpty();
    }

    @Test
    void aReminderJustBeforeMidnightIsStillSentJustAfterItForTheDayBefore() {
        var plan = plan(EnumSet.of(DayOfWeek.TUESDAY), "23:50");
        var tuesday = WEDNESDAY.minusDays(1);
        List<Due> due = due(plan, NO_QUIET, berlin(WEDNESDAY, "00:05"), loggedEveryDayBefore(tuesday));
        assertThat(due).extracting(d -> d.at().toLocalDate()).containsExactly(tuesday);
        assertThat(due(plan, NO_QUIET, berlin(WEDNESDAY, "00:20:01"), loggedEveryDayBefore(tuesday))).isEmpty();
    }

    @Test
    void theClinicTimeStaysTheSameAcrossTheChangeToWinterTime() {
        var plan = plan(EVERY_DAY, "18:00");
        var saturday = LocalDate.of(2026, 10, 24);
        var sunday = saturday.plusDays(1);
        assertThat(due(plan, RULES, Instant.parse("2026-10-24T16:00:00Z"), loggedEveryDayBefore(saturday)))
                .as("18:00 summer time is 16:00 UTC").hasSize(1);
        assertThat(due(plan, RULES, Instant.parse("2026-10-25T16:00:00Z"), loggedEveryDayBefore(sunday)))
                .as("16:00 UTC is 17:00 winter time").isEmpty();
        assertThat(due(plan, RULES, Instant.parse("2026-10-25T17:00:00Z"), loggedEveryDayBefore(sunday))).hasSize(1);
    }

    @Test
    void aTimeInTheSpringGapMovesForwardAndATimeThatOccursTwiceIsSentOnce() {
        var plan = plan(EnumSet.of(DayOfWeek.SUNDAY), "02:30");
        var spring = LocalDate.of(2026, 3, 29);
        List<Due> due = due(plan, NO_QUIET, Instant.parse("2026-03-29T01:31:00Z"), loggedEveryDayBefore(spring));
        assertThat(due).extracting(d -> d.at().toLocalTime()).as("02:30 does not exist; 03:30 CEST")
                .containsExactly(LocalTime.of(3, 30));
        var autumn = LocalDate.of(2026, 10, 25);
        var first = due(plan, NO_QUIET, Instant.parse("2026-10-25T00:31:00Z"), loggedEveryDayBefore(autumn));
        assertThat(first).extracting(Due::instant).containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(due(plan, NO_QUIET, Instant.parse("2026-10-25T01:31:00Z"), loggedEveryDayBefore(autumn)))
                .as("the second 02:30 (winter time) sends nothing more").isEmpty();
    }

    @Test
    void nothingIsSentInQuietHours() {
        var late = plan(EVERY_DAY, "21:30", "07:59", "08:00");
        var logged = loggedEveryDayBefore(WEDNESDAY);
        assertThat(due(late, RULES, berlin(WEDNESDAY, "21:31"), logged)).isEmpty();
        assertThat(due(late, RULES, berlin(WEDNESDAY, "08:00"), logged)).extracting(d -> d.at().toLocalTime())
                .containsExactly(LocalTime.of(8, 0));
        assertThat(RULES.quiet(LocalTime.of(20, 59))).isFalse();
        assertThat(RULES.quiet(LocalTime.of(21, 0))).isTrue();
        assertThat(RULES.quiet(LocalTime.MIDNIGHT)).isTrue();
        assertThat(RULES.quiet(LocalTime.of(7, 59))).isTrue();
        assertThat(RULES.quiet(LocalTime.of(8, 0))).isFalse();
    }

    @Test
    void aLoggedSessionCoversTheReminderOfItsTurnTheSecondStillComes() {
        var plan = plan(EVERY_DAY, "08:30", "18:00");
        var logged = loggedEveryDayBefore(WEDNESDAY);
        logged.put(WEDNESDAY, 1);
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "08:30"), logged)).isEmpty();
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "18:00"), logged)).hasSize(1);
        logged.put(WEDNESDAY, 2);
        assertThat(due(plan, RULES, berlin(WEDNESDAY, "18:00"), logged)).isEmpty();
    }

    @Test
    void theEveningNudgeComesOnceOnAChosenDayWithNothingLoggedAfterTheLastChosenTime() {
        var logged = loggedEveryDayBefore(WEDNESDAY);
        assertThat(kinds(due(plan(MON_WED_FRI, "18:00"), RULES, berlin(WEDNESDAY, "19:00"), logged)))
                .containsExactly(ReminderKind.NOT_LOGGED);
        assertThat(due(plan(MON_WED_FRI, "20:00"), RULES, berlin(WEDNESDAY, "19:00"), logged))
                .as("the patient's own 20:00 reminder is still to come").isEmpty();
        var done = new java.util.HashMap<>(logged);
        done.put(WEDNESDAY, 1);
        assertThat(due(plan(MON_WED_FRI, "18:00"), RULES, berlin(WEDNESDAY, "19:00"), done)).isEmpty();
        var thursday = WEDNESDAY.plusDays(1);
        assertThat(due(plan(MON_WED_FRI, "18:00"), RULES, berlin(thursday, "19:00"), loggedEveryDayBefore(thursday)))
                .as("not a chosen day").isEmpty();
    }

    @Test
    void afterTheThirdMissedDayWeMissedYouThenSilenceUntilTheNextSession() {
        var plan = plan(MON_WED_FRI, "18:00");
        var monday = LocalDate.of(2026, 11, 16);
        var logged = new java.util.HashMap<LocalDate, Integer>(Map.of(LocalDate.of(2026, 11, 11), 1));
        // Missed Friday 13th and Monday 16th; Wednesday 18th is the third.
        assertThat(kinds(due(plan, RULES, berlin(monday, "19:00"), logged))).containsExactly(ReminderKind.NOT_LOGGED);
        assertThat(kinds(due(plan, RULES, berlin(WEDNESDAY, "18:00"), logged))).containsExactly(ReminderKind.SCHEDULED);
        assertThat(kinds(due(plan, RULES, berlin(WEDNESDAY, "19:00"), logged))).containsExactly(ReminderKind.MISSED);
        var friday = WEDNESDAY.plusDays(2);
        assertThat(due(plan, RULES, berlin(friday, "18:00"), logged)).as("silence").isEmpty();
        assertThat(due(plan, RULES, berlin(friday, "19:00"), logged)).as("silence").isEmpty();
        logged.put(WEDNESDAY.plusDays(1), 1);
        assertThat(kinds(due(plan, RULES, berlin(friday, "18:00"), logged))).as("logged on Thursday")
                .containsExactly(ReminderKind.SCHEDULED);
    }

    @Test
    void missedDaysCountFromTheDayThePlanWasSwitchedOn() {
        var plan = plan(EVERY_DAY, "18:00");
        List<Due> due = DueReminders.due(plan, WEDNESDAY.minusDays(1), RULES, berlin(WEDNESDAY, "19:00"), Map.of(),
                Set.of());
        assertThat(kinds(due)).containsExactly(ReminderKind.NOT_LOGGED);
        assertThat(DueReminders.due(plan, WEDNESDAY.plusDays(1), RULES, berlin(WEDNESDAY, "18:00"), Map.of(), Set.of()))
                .as("not before it").isEmpty();
    }

    @Test
    void aPlanSwitchedOffSendsNothing() {
        var off = new ReminderTimes(1L, EVERY_DAY, List.of(LocalTime.of(18, 0)), BERLIN, false);
        assertThat(due(off, RULES, berlin(WEDNESDAY, "18:00"), loggedEveryDayBefore(WEDNESDAY))).isEmpty();
    }

    @Test
    void aMessageNoticeIsDueOnceForTheOldestUnreadOutsideQuietHoursWithinTwoDays() {
        Instant sent = WEDNESDAY.atTime(20, 30).atZone(BERLIN).toInstant();
        Instant quiet = WEDNESDAY.atTime(21, 0).atZone(BERLIN).toInstant();
        Instant morning = WEDNESDAY.plusDays(1).atTime(8, 0).atZone(BERLIN).toInstant();

        assertThat(DueReminders.messageNotice(null, RULES, BERLIN, morning, Set.of())).isEmpty();
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN, sent, Set.of())).isPresent();
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN, sent.minusSeconds(1), Set.of())).isEmpty();
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN, quiet, Set.of())).as("quiet from 21:00").isEmpty();
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN, morning, Set.of()))
                .hasValueSatisfying(due -> {
                    assertThat(due.kind()).isEqualTo(ReminderKind.MESSAGE);
                    assertThat(due.instant()).isEqualTo(sent);
                });
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN, morning,
                Set.of(new DueReminders.Claimed(ReminderKind.MESSAGE, sent)))).as("noticed already").isEmpty();
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN, sent.plus(java.time.Duration.ofDays(2)), Set.of()))
                .as("two days: still").isPresent();
        assertThat(DueReminders.messageNotice(sent, RULES, BERLIN,
                sent.plus(java.time.Duration.ofDays(2)).plusSeconds(1), Set.of())).as("older: none").isEmpty();
    }
}
