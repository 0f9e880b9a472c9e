package app.plumbline.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reminders are due now for one patient: a pure calculation over the plan, the rules, the
 * time and what the patient logged. A reminder is due once its clinic-local time has passed, within
 * the catch-up window, outside quiet hours, and not yet claimed.
 * <ul>
 * <li>At each chosen time on a chosen day, unless that day already has as many sessions as the
 * reminders before it (a second reminder of the day is skipped after two sessions).</li>
 * <li>"Not logged yet today" at the evening time on a chosen day with nothing logged, when all
 * chosen times are earlier (a later own reminder says enough).</li>
 * <li>"We missed you" instead, at the evening time of the Nth chosen day in a row with nothing
 * logged; after it, nothing at all until the patient logs a session again.</li>
 * </ul>
 * Missed days count from the day the plan was switched on. A time in a daylight-saving gap moves
 * forward by the gap's length; a time that occurs twice takes the first.
 */
public final class DueReminders {

    /** One due reminder: what for, and when it was due in the clinic's zone. */
    public record Due(ReminderKind kind, ZonedDateTime at) {

        public Instant instant() {
            return at.toInstant();
        }
    }

    /** A reminder already claimed in the outbox, by kind and due instant. */
    public record Claimed(ReminderKind kind, Instant at) {
    }

    /** How long an unread message from the clinic may wait for its notice; older ones get none. */
    static final java.time.Duration MESSAGE_NOTICE_WITHIN = java.time.Duration.ofDays(2);

    /**
     * The notice that the clinic wrote: due once for the oldest message the patient has not read,
     * when it is at most two days old and now is outside the quiet hours (then it waits for their
     * end). A message read in the portal first needs no notice.
     */
    public static java.util.Optional<Due> messageNotice(Instant oldestUnread, NudgeRules rules, java.time.ZoneId zone,
            Instant now, Set<Claimed> claimed) {
        if (oldestUnread == null || oldestUnread.isAfter(now)
                || oldestUnread.isBefore(now.minus(MESSAGE_NOTICE_WITHIN))
                || rules.quiet(now.atZone(zone).toLocalTime())
                || claimed.contains(new Claimed(ReminderKind.MESSAGE, oldestUnread))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Due(ReminderKind.MESSAGE, oldestUnread.atZone(zone)));
    }

    private DueReminders() {
    }

    /**
     * @param activeFrom the clinic day the plan was switched on
     * @param sessionsPerDay sessions the patient logged per clinic day (at least the last weeks)
     */
    public static List<Due> due(ReminderTimes plan, LocalDate activeFrom, NudgeRules rules, Instant now,
            Map<LocalDate, Integer> sessionsPerDay, Set<Claimed> claimed) {
        List<Due> due = new ArrayList<>();
        if (!plan.on() || plan.days().isEmpty() || plan.times().isEmpty()) {
            return due;
        }
        LocalDate today = LocalDate.ofInstant(now, plan.zone());
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            if (day.isBefore(activeFrom) || !plan.days().contains(day.getDayOfWeek())) {
                continue;
            }
            int missedBefore = missedBefore(day, plan.days(), activeFrom, rules.missedDays(), sessionsPerDay);
            if (missedBefore >= rules.missedDays()) {
                continue;
            }
            int logged = sessionsPerDay.getOrDefault(day, 0);
            List<Due> candidates = new ArrayList<>();
            for (int i = 0; i < plan.times().size(); i++) {
                if (logged <= i) {
                    candidates.add(new Due(ReminderKind.SCHEDULED, ZonedDateTime.of(day, plan.times().get(i), plan.zone())));
                }
            }
            if (logged == 0) {
                if (missedBefore + 1 >= rules.missedDays()) {
                    candidates.add(new Due(ReminderKind.MISSED, ZonedDateTime.of(day, rules.evening(), plan.zone())));
                } else if (plan.times().getLast().isBefore(rules.evening())) {
                    candidates.add(new Due(ReminderKind.NOT_LOGGED, ZonedDateTime.of(day, rules.evening(), plan.zone())));
                }
            }
            for (Due d : candidates) {
                Instant at = d.instant();
                boolean inWindow = !at.isAfter(now) && at.isAfter(now.minus(rules.catchUp()));
                if (inWindow && !rules.quiet(d.at().toLocalTime()) && !claimed.contains(new Claimed(d.kind(), at))) {
                    due.add(d);
                }
            }
        }
        return due;
    }

    /**
     * How many chosen days in a row before the day had nothing logged, back to the last day with a
     * session (any day) or the day the plan was switched on; counting stops at the limit.
     */
    static int missedBefore(LocalDate day, Set<DayOfWeek> days, LocalDate activeFrom, int limit,
            Map<LocalDate, Integer> sessionsPerDay) {
        int missed = 0;
        for (LocalDate d = day.minusDays(1); !d.isBefore(activeFrom) && missed < limit; d = d.minusDays(1)) {
            if (sessionsPerDay.getOrDefault(d, 0) > 0) {
                break;
            }
            if (days.contains(d.getDayOfWeek())) {
                missed++;
            }
        }
        return missed;
    }
}
