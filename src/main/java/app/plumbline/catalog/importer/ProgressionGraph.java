package app.plumbline.catalog.importer;

import app.plumbline.catalog.ExerciseDefinition;
import java.util.List;
import java.util.Map;

/**
 * The checks on progression and regression links across the catalog files (beyond "the exercise
 * exists" and "no circle", which {@link CatalogParser} checks):
 * <ul>
 * <li>links are mutual: A.progression = B if and only if B.regression = A;</li>
 * <li>the level rises strictly from an exercise to its progression;</li>
 * <li>every exercise has a progression or a regression, unless it says {@code standalone: true}
 * (and then it has neither);</li>
 * <li>a progression whose contraindications include one its regression lacks is refused unless the
 * easier exercise says {@code progressionAddsContraindication: acknowledged} (and that field is
 * refused where nothing is added).</li>
 * </ul>
 * Links to exercises whose own file has problems are left to those problems.
 */
final class ProgressionGraph {

    private final Map<String, ExerciseDefinition> exercises;
    private final Map<String, ExerciseFileReader.GraphFlags> flags;
    private final CatalogProblems problems;

    ProgressionGraph(Map<String, ExerciseDefinition> exercises, Map<String, ExerciseFileReader.GraphFlags> flags,
            CatalogProblems problems) {
        this.exercises = exercises;
        this.flags = flags;
        this.problems = problems;
    }

    void check() {
        for (ExerciseDefinition exercise : exercises.values()) {
            String file = file(exercise);
            ExerciseFileReader.GraphFlags own = flags.getOrDefault(exercise.slug(), ExerciseFileReader.GraphFlags.NONE);
            boolean linked = exercise.progression() != null || exercise.regression() != null;
            if (!linked && !own.standalone()) {
                problems.add(file, "progression", "has neither a progression nor a regression; link it to an "
                        + "easier or harder exercise, or say standalone: true");
            } else if (linked && own.standalone()) {
                problems.add(file, "standalone", "is true but the exercise has a "
                        + (exercise.progression() != null ? "progression" : "regression"));
            }
            ExerciseDefinition harder = other(exercise, exercise.progression());
            ExerciseDefinition easier = other(exercise, exercise.regression());
            if (harder != null) {
                if (!exercise.slug().equals(harder.regression())) {
                    problems.add(file, "progression", "'" + harder.slug() + "' names "
                            + named(harder.regression()) + " as its regression, not this exercise; make the link mutual");
                }
                if (harder.level() <= exercise.level()) {
                    problems.add(file, "progression", "'" + harder.slug() + "' is level " + harder.level()
                            + ", not above this exercise's level " + exercise.level());
                }
                checkContraindications(file, exercise, harder, own);
            } else if (own.progressionAddsContraindication()) {
                problems.add(file, ExerciseFileReader.ACKNOWLEDGE_FIELD, "the exercise has no progression");
            }
            if (easier != null) {
                if (!exercise.slug().equals(easier.progression())) {
                    problems.add(file, "regression", "'" + easier.slug() + "' names "
                            + named(easier.progression()) + " as its progression, not this exercise; make the link mutual");
                }
                if (easier.level() >= exercise.level() && !exercise.slug().equals(easier.progression())) {
                    problems.add(file, "regression", "'" + easier.slug() + "' is level " + easier.level()
                            + ", not below this exercise's level " + exercise.level());
                }
            }
        }
    }

    private void checkContraindications(String file, ExerciseDefinition exercise, ExerciseDefinition harder,
            ExerciseFileReader.GraphFlags own) {
        List<String> added = exercise.contraindicationsAddedBy(harder);
        if (!added.isEmpty() && !own.progressionAddsContraindication()) {
            problems.add(file, "progression", "'" + harder.slug() + "' adds contraindications this exercise lacks ("
                    + String.join(" | ", added) + "); list them here too if they apply, or say "
                    + ExerciseFileReader.ACKNOWLEDGE_FIELD + ": " + ExerciseFileReader.ACKNOWLEDGED);
        } else if (added.isEmpty() && own.progressionAddsContraindication()) {
            problems.add(file, ExerciseFileReader.ACKNOWLEDGE_FIELD, "'" + harder.slug()
                    + "' adds no contraindication; remove the field");
        }
    }

    private ExerciseDefinition other(ExerciseDefinition exercise, String slug) {
        return slug == null || slug.equals(exercise.slug()) ? null : exercises.get(slug);
    }

    private static String named(String slug) {
        return slug == null ? "no exercise" : "'" + slug + "'";
    }

    private static String file(ExerciseDefinition exercise) {
        return exercise.region().code() + "/" + exercise.slug() + ".yaml";
    }
}
