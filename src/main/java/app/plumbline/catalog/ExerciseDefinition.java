package app.plumbline.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exercise's content, from a catalog file or the clinic's form, already validated. References are
 * real sources; evidence (optional) says plainly what is and is not known, e.g. that no trial has
 * tested it. A catalog exercise has at least one of the two.
 */
public record ExerciseDefinition(String slug, String name, String summary, Action kind, Region region, int level,
        List<Equipment> equipment, List<MuscleTarget> targets, List<String> steps, List<String> cues,
        List<String> cautions, List<String> contraindications, Dosage dosage, String progression,
        String regression, List<PatternLink> patternLinks, List<String> references, String evidence, Illustration illustration) {

    /** The contraindications of its progression that this exercise does not list (same words, any case). */
    public List<String> contraindicationsAddedBy(ExerciseDefinition harder) {
        Set<String> had = contraindications.stream().map(ExerciseDefinition::normal).collect(Collectors.toSet());
        return harder.contraindications().stream().filter(c -> !had.contains(normal(c))).toList();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
