package app.plumbline.catalog.importer;

import app.plumbline.catalog.AdviceDefinition;
import app.plumbline.catalog.ExerciseDefinition;
import app.plumbline.catalog.MuscleDefinition;
import app.plumbline.catalog.PatternDefinition;
import java.util.List;
import java.util.Map;

/**
 * The whole catalog as read from the files, validated, with the hash of each exercise's files and
 * the advice items.
 */
public record ParsedCatalog(List<MuscleDefinition> muscles, List<PatternDefinition> patterns,
        List<ExerciseDefinition> exercises, Map<String, String> exerciseHashes, List<AdviceDefinition> advice) {

    public ParsedCatalog {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
