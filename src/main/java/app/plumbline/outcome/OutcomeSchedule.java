package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a plan asks: the baseline on its start date, then every N weeks after it, and once on the
 * discharge date when the therapist discharges. Only the latest occasion that has come is asked; an
 * earlier one left unanswered is passed over (the patient is not asked twice for the same weeks).
 */
public final class OutcomeSchedule {

    public record Due(LocalDate on, Occasion occasion) {
    }

    private OutcomeSchedule() {
    }

    /** The occasion asked for today: the latest one on or before today, if any. */
    public static Optional<Due> current(LocalDate startsOn, Integer everyWeeks, LocalDate dischargeOn, LocalDate today) {
        if (dischargeOn != null && !dischargeOn.isAfter(today)) {
            return Optional.of(new Due(dischargeOn, Occasion.DISCHARGE));
        }
        if (today.isBefore(startsOn)) {
            return Optional.empty();
        }
        if (everyWeeks == null) {
            return Optional.of(new Due(startsOn, Occasion.BASELINE));
        }
        long periods = java.time.temporal.ChronoUnit.WEEKS.between(startsOn, today) / everyWeeks;
        LocalDate on = startsOn.plusWeeks(periods * everyWeeks);
        return Optional.of(new Due(on, periods == 0 ? Occasion.BASELINE : Occasion.REPEAT));
    }

    /** The next occasion after today, or empty when the plan asks no more (no repeats, or discharged). */
    public static Optional<LocalDate> next(LocalDate startsOn, Integer everyWeeks, LocalDate dischargeOn, LocalDate today) {
        if (dischargeOn != null) {
            return dischargeOn.isAfter(today) ? Optional.of(dischargeOn) : Optional.empty();
        }
        if (today.isBefore(startsOn)) {
            return Optional.of(startsOn);
        }
        if (everyWeeks == null) {
            return Optional.empty();
        }
        long periods = java.time.temporal.ChronoUnit.WEEKS.between(startsOn, today) / everyWeeks + 1;
        return Optional.of(startsOn.plusWeeks(periods * everyWeeks));
    }
}
