package app.plumbline.outcome;

import java.time.LocalDate;

/** A questionnaire the patient is asked now; started: some answers are saved already. */
public record DueQuestionnaire(String slug, String shortName, String name, int items, LocalDate dueOn,
        boolean started) {
}
