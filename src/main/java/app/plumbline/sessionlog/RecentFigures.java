package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;

/**
 * One patient's recent logs summed in the database, asked for many patients at once (the
 * therapist's home): sets per day and exercise and the session days in a window, pain in a
 * shorter window. (The first week's pain and the first and latest session ever are adherence's
 * own summary, kept from {@link SessionLogChanged}.)
 */
public record RecentFigures(List<DailyFigures.Sets> sets, List<SessionDay> sessionDays, Integer maxPain,
        Double meanPain) {

    public static final RecentFigures NONE = new RecentFigures(List.of(), List.of(), null, null);

    public record SessionDay(LocalDate day, boolean worseNextMorning) {
    }
}
