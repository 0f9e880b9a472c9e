package app.plumbline.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog as views read it, immutable, kept in memory: about a hundred exercises make
 * searching as you type cheaper than asking the database on every key, and every patient's
 * Today reads the instructions from here.
 */
record CatalogSnapshot(Map<String, MuscleDefinition> muscles, Map<String, PatternDefinition> patterns,
        List<ExerciseCard> exercises, Map<Long, CatalogService.Instructions> instructions,
        Map<String, AdviceDefinition> advice, java.util.Set<String> currentAdvice) {

    static final CatalogSnapshot EMPTY = new CatalogSnapshot(Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
            java.util.Set.of());

    /** advice: every item by title, retired ones included; currentAdvice: the slugs still in the files. */
    static CatalogSnapshot of(List<MuscleDefinition> muscles, List<PatternDefinition> patterns,
            List<ExerciseCard> exercises, Map<Long, CatalogService.Instructions> instructions,
            List<AdviceDefinition> advice, java.util.Set<String> currentAdvice) {
        return new CatalogSnapshot(
                muscles.stream().collect(Collectors.toUnmodifiableMap(MuscleDefinition::slug, Function.identity())),
                patterns.stream().collect(Collectors.toMap(PatternDefinition::slug, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new)),
                List.copyOf(exercises), Map.copyOf(instructions),
                advice.stream().collect(Collectors.toMap(AdviceDefinition::slug, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new)),
                java.util.Set.copyOf(currentAdvice));
    }

    /** The advice items still in the catalog, by title. */
    List<AdviceDefinition> prescribableAdvice() {
        return advice.values().stream().filter(a -> currentAdvice.contains(a.slug())).toList();
    }

    /** How to do the exercises, by id, for those the clinic may see. */
    Map<Long, CatalogService.Instructions> instructions(java.util.Collection<Long> ids, Long clinicId) {
        return byId(ids, clinicId).keySet().stream().filter(instructions::containsKey)
                .collect(Collectors.toMap(Function.identity(), instructions::get));
    }

    /** The shared catalog's conflicts ({@link PatternFit#conflicts}), one line each. */
    List<String> conflicts() {
        return PatternFit.conflicts(exercises.stream().filter(e -> e.clinicId() == null && !e.retired()).toList(),
                patterns.values(), muscleNames());
    }

    Map<String, String> muscleNames() {
        return muscles.values().stream().collect(Collectors.toMap(MuscleDefinition::slug, MuscleDefinition::name));
    }

    /** The shared catalog plus the given clinic's own exercises, without retired ones. */
    List<ExerciseCard> visibleTo(Long clinicId) {
        return exercises.stream().filter(e -> !e.retired() && visible(e, clinicId)).toList();
    }

    /** Exercises by id as a program refers to them, retired ones included. */
    Map<Long, ExerciseCard> byId(java.util.Collection<Long> ids, Long clinicId) {
        return exercises.stream().filter(e -> ids.contains(e.id()) && visible(e, clinicId))
                .collect(Collectors.toMap(ExerciseCard::id, Function.identity()));
    }

    private static boolean visible(ExerciseCard exercise, Long clinicId) {
        return exercise.clinicId() == null || Objects.equals(exercise.clinicId(), clinicId);
    }
}
