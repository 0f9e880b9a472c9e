package app.plumbline.program;

import app.plumbline.catalog.AdviceDefinition;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import java.time.LocalDate;
import java.util.List;

/**
 * The version a patient follows now, with each exercise as the catalog describes it and the
 * everyday advice chosen for the patient.
 */
public record ActiveProgram(Long patientId, Long versionId, int number, String goal, LocalDate reviewDate,
        String therapistName, List<Item> items, List<AdviceDefinition> advice) {

    public record Item(Prescription prescription, ExerciseCard exercise, CatalogService.Instructions instructions) {
    }
}
