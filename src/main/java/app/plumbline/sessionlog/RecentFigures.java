package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;

/**
 * One patient's recent logs summed in the database, asked for many patients at once (the
 * therapist's home): sets per day and exercise and the session days in a window, pain in a
 * shorter window, the first week's mean pain as a baseline, and the first and latest session ever.
 */
public record RecentFigures(List<DailyFigures.Sets> sets, List<SessionDay> sessionDays, Integer maxPain,
        Double meanPain, LocalDate firstSession, Double firstWeekPain, LocalDate lastSession) {

    public static final RecentFigures NONE = new RecentFigures(List.of(), List.of(), null, null, null, null, null);

    public record SessionDay(LocalDate day, boolean worseNextMorning) {
    }
}
