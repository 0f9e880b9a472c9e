package app.plumbline.adherence;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's adherence and pain for charts: weekly figures, the last-14-days window, and a heat
 * map of each current exercise by day.
 */
public record AdherenceReport(LocalDate today, Integer exercisePercent14, Integer dayPercent14, List<WeekRow> weeks,
        List<HeatRow> heat, List<LocalDate> heatDays) {

    /** One week: adherence (null when nothing was due), mean pain during (null without logs), worse mornings. */
    public record WeekRow(LocalDate monday, Integer exercisePercent, Integer dayPercent, Double meanPain,
            int worseMornings) {
    }

    /** One exercise by day: share of the day's sets done (0–1), or null where it was not due. */
    public record HeatRow(Long exerciseId, String name, List<Double> cells) {
    }
}
