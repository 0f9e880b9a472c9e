package app.plumbline.outcome;

import java.time.LocalDate;

/** What the therapist asks: a measure, the baseline date, repeat every N weeks (or null), and at discharge. */
public record PlanInput(String questionnaire, LocalDate startsOn, Integer everyWeeks, boolean atDischarge) {
}
