package app.plumbline.catalog;

import java.util.List;

/** An exercise's content, from a catalog file or the clinic's form, already validated. */
public record ExerciseDefinition(String slug, String name, String summary, Action kind, Region region, int level,
        List<Equipment> equipment, List<MuscleTarget> targets, List<String> steps, List<String> cues,
        List<String> cautions, List<String> contraindications, Dosage dosage, String progression,
        String regression, List<PatternLink> patternLinks, List<String> references, Illustration illustration) {
}
