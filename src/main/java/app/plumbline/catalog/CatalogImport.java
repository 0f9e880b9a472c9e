package app.plumbline.catalog;

import app.plumbline.catalog.importer.ParsedCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a parsed catalog into the database in one transaction: upsert by slug, unchanged
 * exercises (same file hash) left alone, exercises gone from the files retired.
 */
@Component
class CatalogImport {

    private final MuscleRepository muscles;
    private final ImbalancePatternRepository patterns;
    private final ExerciseRepository exercises;
    private final AdviceItemRepository advice;
    private final Clock clock;

    CatalogImport(MuscleRepository muscles, ImbalancePatternRepository patterns, ExerciseRepository exercises,
            AdviceItemRepository advice, Clock clock) {
        this.muscles = muscles;
        this.patterns = patterns;
        this.exercises = exercises;
        this.advice = advice;
        this.clock = clock;
    }

    record Result(int added, int updated, int retired, int unchanged) {
    }

    @Transactional
    Result apply(ParsedCatalog catalog) {
        Instant now = clock.instant();
        Map<String, Muscle> existingMuscles = bySlug(muscles.findAll(), Muscle::getSlug);
        for (MuscleDefinition definition : catalog.muscles()) {
            Muscle muscle = existingMuscles.computeIfAbsent(definition.slug(), Muscle::new);
            muscle.update(definition.name(), definition.region());
            muscles.save(muscle);
        }
        muscles.flush();
        Map<String, ImbalancePattern> existingPatterns = bySlug(patterns.findAll(), ImbalancePattern::getSlug);
        for (PatternDefinition definition : catalog.patterns()) {
            ImbalancePattern pattern = existingPatterns.computeIfAbsent(definition.slug(), ImbalancePattern::new);
            pattern.update(definition);
            patterns.save(pattern);
        }
        patterns.flush();
        Map<String, Exercise> existing = bySlug(exercises.findByClinicIdIsNull(), Exercise::getSlug);
        int added = 0;
        int updated = 0;
        for (ExerciseDefinition definition : catalog.exercises()) {
            Exercise exercise = existing.remove(definition.slug());
            if (exercise == null) {
                exercise = new Exercise(definition.slug(), null);
                exercise.update(definition, catalog.exerciseHashes().get(definition.slug()), now);
                exercises.save(exercise);
                added++;
            } else if (exercise.update(definition, catalog.exerciseHashes().get(definition.slug()), now)) {
                updated++;
            }
        }
        int retired = 0;
        for (Exercise gone : existing.values()) {
            if (!gone.isRetired()) {
                gone.retire(now);
                retired++;
            }
        }
        applyAdvice(catalog, now);
        return new Result(added, updated, retired, catalog.exercises().size() - added - updated);
    }

    /** Advice items upserted by slug; those gone from the files retired (old versions still show them). */
    private void applyAdvice(ParsedCatalog catalog, Instant now) {
        Map<String, AdviceItem> existing = bySlug(advice.findAll(), AdviceItem::getSlug);
        for (AdviceDefinition definition : catalog.advice()) {
            AdviceItem item = existing.remove(definition.slug());
            if (item == null) {
                item = new AdviceItem(definition.slug());
            }
            if (item.update(definition, now)) {
                advice.save(item);
            }
        }
        existing.values().forEach(gone -> gone.retire(now));
    }

    private static <T> Map<String, T> bySlug(java.util.List<T> list, Function<T, String> slug) {
        return list.stream().collect(Collectors.toMap(slug, Function.identity()));
    }
}
