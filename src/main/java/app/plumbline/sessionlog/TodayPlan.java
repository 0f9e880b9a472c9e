package app.plumbline.sessionlog;

import app.plumbline.program.ActiveProgram;
import java.time.LocalDate;
import java.util.List;

/**
 * What the patient sees on Today: the exercises due in the next session, and whether to ask how
 * this morning feels after the last session day.
 */
public record TodayPlan(LocalDate date, ActiveProgram program, int sessionNumber, int sessionsPerDay,
        List<ActiveProgram.Item> due, LocalDate askNextMorningFor, List<String> advice) {

    public boolean hasProgram() {
        return program != null;
    }

    public boolean allDone() {
        return sessionsPerDay > 0 && sessionNumber > sessionsPerDay;
    }
}
