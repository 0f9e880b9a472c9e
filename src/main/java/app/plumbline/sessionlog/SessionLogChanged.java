package app.plumbline.sessionlog;

import java.time.LocalDate;

/**
 * A patient's session logs changed (saved, edited, removed, typed in from paper or answered the
 * next morning), with what they now add up to: the first and latest session day (null when none is
 * left) and the pain logged in the week from the first. Published in the writer's transaction, so a
 * listener that keeps its own summary never disagrees with a committed log.
 */
public record SessionLogChanged(Long patientId, LocalDate firstDay, LocalDate lastDay, int firstWeekPainSum,
        int firstWeekPainCount) {
}
