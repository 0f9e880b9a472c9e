package app.plumbline.catalog;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Holds the current {@link CatalogSnapshot}; rebuilt after an import or a clinic exercise change. */
@Component
class CatalogReadModel {

    private final MuscleRepository muscles;
    private final ImbalancePatternRepository patterns;
    private final ExerciseRepository exercises;
    private final AdviceItemRepository advice;
    private volatile CatalogSnapshot snapshot = CatalogSnapshot.EMPTY;

    CatalogReadModel(MuscleRepository muscles, ImbalancePatternRepository patterns, ExerciseRepository exercises,
            AdviceItemRepository advice) {
        this.muscles = muscles;
        this.patterns = patterns;
        this.exercises = exercises;
        this.advice = advice;
    }

    CatalogSnapshot snapshot() {
        return snapshot;
    }

    @Transactional(readOnly = true)
    void refresh() {
        List<MuscleDefinition> muscleList = muscles.findAll().stream()
                .map(m -> new MuscleDefinition(m.getSlug(), m.getName(), m.getRegion())).toList();
        List<PatternDefinition> patternList = patterns.findAll().stream().map(ImbalancePattern::definition)
                .sorted(java.util.Comparator.comparing(PatternDefinition::name)).toList();
        List<ExerciseCard> cards = new java.util.ArrayList<>();
        java.util.Map<Long, CatalogService.Instructions> instructions = new java.util.HashMap<>();
        List<Exercise> all = exercises.findAll();
        for (Exercise exercise : all) {
            ExerciseDefinition d = exercise.definition();
            cards.add(ExerciseCard.of(exercise.getId(), exercise.getClinicId(), d, exercise.isRetired())
                    .withProgressionAddingContraindication(progressionAdds(exercise, all)));
            instructions.put(exercise.getId(),
                    new CatalogService.Instructions(d.steps(), d.cues(), d.cautions(), d.contraindications()));
        }
        cards.sort(java.util.Comparator.comparing(ExerciseCard::name));
        List<AdviceItem> adviceItems = advice.findAll();
        snapshot = CatalogSnapshot.of(muscleList, patternList, cards, instructions,
                adviceItems.stream().map(AdviceItem::definition)
                        .sorted(java.util.Comparator.comparing(AdviceDefinition::title)).toList(),
                adviceItems.stream().filter(a -> !a.isRetired()).map(AdviceItem::getSlug)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    /** Its progression (the clinic's own first, then the shared catalog's) adds a contraindication. */
    private static boolean progressionAdds(Exercise exercise, List<Exercise> all) {
        String slug = exercise.definition().progression();
        if (slug == null) {
            return false;
        }
        return all.stream().filter(e -> e.getSlug().equals(slug)
                        && (e.getClinicId() == null || e.getClinicId().equals(exercise.getClinicId())))
                .min(java.util.Comparator.comparing(e -> e.getClinicId() == null))
                .map(harder -> !exercise.definition().contraindicationsAddedBy(harder.definition()).isEmpty())
                .orElse(false);
    }
}
