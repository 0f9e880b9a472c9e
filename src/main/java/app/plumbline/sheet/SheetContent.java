package app.plumbline.sheet;

import app.plumbline.catalog.Illustration;
import app.plumbline.outcome.SheetQuestionnaires;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one printed sheet says, filled from the program version, the patient and the
 * clinic's settings; {@link SheetTemplate} lays it out. Optional parts are null.
 */
public record SheetContent(SheetOptions options, ClinicPart clinic, String patientName, String therapistName,
        String goal, LocalDate startDate, LocalDate reviewDate, int version, LocalDate printedOn,
        List<Item> exercises, TrackingGrid grid, List<Advice> advice, List<SheetQuestionnaires.Page> questionnaires) {

    public SheetContent {
        advice = advice == null ? List.of() : List.copyOf(advice);
        questionnaires = questionnaires == null ? List.of() : List.copyOf(questionnaires);
    }

    /** A piece of everyday advice, printed after the exercises with no dose. */
    public record Advice(String title, String text) {
    }

    public record ClinicPart(String name, String contactLine, String portalAddress, Illustration logo) {
    }

    /** One exercise: dosage in plain words, when, numbered steps, cautions, the therapist's note. */
    public record Item(int position, String name, String dosage, String schedule, List<String> steps,
            List<String> cautions, String note, Illustration picture) {
    }
}
