package app.plumbline.catalog;

import java.util.List;
import java.util.Map;

/** The whole catalog as read from the files, validated, with the hash of each exercise's files. */
record ParsedCatalog(List<MuscleDefinition> muscles, List<PatternDefinition> patterns,
        List<ExerciseDefinition> exercises, Map<String, String> exerciseHashes) {
}
