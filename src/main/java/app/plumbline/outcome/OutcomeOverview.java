package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome panel of the patient page: the measures planned, what is proposed, the results, and
 * the pain-education offer after a raised TSK-11 (null when there is none).
 */
public record OutcomeOverview(List<PlanRow> plans, Map<String, String> proposed, List<Choice> choices,
        List<MeasureResult> results, EducationOffer educationOffer) {

    /** nextDue: the next occasion, or null when the plan asks no more. */
    public record PlanRow(String slug, String shortName, LocalDate startsOn, Integer everyWeeks, boolean atDischarge,
            boolean active, LocalDate nextDue, boolean dueNow) {
    }

    /** A measure the therapist can assign; answerable false: texts not shipped (licence), with why. */
    public record Choice(String slug, String shortName, String name, boolean answerable, String licenceNote) {
    }
}
