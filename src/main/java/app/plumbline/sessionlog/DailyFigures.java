package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;

/** A patient's logs summed per day, for adherence and pain charts; nothing per session is loaded. */
public record DailyFigures(List<Sets> sets, List<Day> days) {

    public record Sets(LocalDate day, Long exerciseId, int sets) {
    }

    /** meanPain and maxPain are null on days where no pain was given (e.g. everything skipped). */
    public record Day(LocalDate day, int sessions, Double meanPain, Integer maxPain, boolean worseNextMorning) {
    }
}
