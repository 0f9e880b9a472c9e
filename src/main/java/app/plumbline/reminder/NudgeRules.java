package app.plumbline.reminder;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The clinic-wide restraint on reminders: the evening time of the "not logged yet today" nudge,
 * after how many missed scheduled days "we missed you" comes (then nothing until the patient logs
 * again), the quiet hours when nothing is sent (from equal to until: none), and how far back the
 * job still sends a reminder it could not send on time (after a restart).
 */
public record NudgeRules(LocalTime evening, int missedDays, LocalTime quietFrom, LocalTime quietUntil,
        Duration catchUp) {

    public static final NudgeRules DEFAULT = new NudgeRules(LocalTime.of(19, 0), 3, LocalTime.of(21, 0),
            LocalTime.of(8, 0), Duration.ofMinutes(30));

    public NudgeRules {
        if (missedDays < 1) {
            throw new IllegalArgumentException("missedDays must be at least 1");
        }
    }

    public boolean quiet(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isAfter(quietUntil) ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
    }

    /** "21:00–08:00", for the patient screen and the README. */
    public String quietHours() {
        return quietFrom + "–" + quietUntil;
    }
}
