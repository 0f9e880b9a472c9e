package app.plumbline.catalog;

import java.util.List;

/**
 * An exercise as lists and search show it; no picture bytes. {@code progressionAddsContraindication}:
 * its progression lists a contraindication this exercise does not, so a step up needs the
 * therapist's check (the suggestion rules never propose it on their own).
 */
public record ExerciseCard(Long id, String slug, String name, String summary, Action kind, Region region,
        int level, List<Equipment> equipment, List<MuscleTarget> targets, List<PatternLink> patternLinks,
        Dosage dosage, String progression, String regression, Long clinicId, boolean retired,
        boolean progressionAddsContraindication) {

    public ExerciseCard(Long id, String slug, String name, String summary, Action kind, Region region, int level,
            List<Equipment> equipment, List<MuscleTarget> targets, List<PatternLink> patternLinks, Dosage dosage,
            String progression, String regression, Long clinicId, boolean retired) {
        this(id, slug, name, summary, kind, region, level, equipment, targets, patternLinks, dosage, progression,
                regression, clinicId, retired, false);
    }

    ExerciseCard withProgressionAddingContraindication(boolean adds) {
        return new ExerciseCard(id, slug, name, summary, kind, region, level, equipment, targets, patternLinks,
                dosage, progression, regression, clinicId, retired, adds);
    }

    static ExerciseCard of(Long id, Long clinicId, ExerciseDefinition d) {
        return of(id, clinicId, d, false);
    }

    static ExerciseCard of(Long id, Long clinicId, ExerciseDefinition d, boolean retired) {
        return new ExerciseCard(id, d.slug(), d.name(), d.summary(), d.kind(), d.region(), d.level(),
                d.equipment(), d.targets(), d.patternLinks(), d.dosage(), d.progression(), d.regression(), clinicId,
                retired);
    }

    /** Where the browser loads the picture from, relative to the app's root. */
    public String imageUrl() {
        return "files/exercise-images/" + id;
    }

    public boolean isClinicExercise() {
        return clinicId != null;
    }
}
