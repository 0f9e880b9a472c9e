package app.plumbline.catalog.importer;

import app.plumbline.base.Sha256;
import app.plumbline.base.YamlSchema;
import app.plumbline.catalog.AdviceDefinition;
import app.plumbline.catalog.ExerciseDefinition;
import app.plumbline.catalog.MuscleDefinition;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.Region;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalog files (path relative to the catalog folder → bytes) into definitions, or
 * throws {@link InvalidCatalogException} listing every problem; never returns half a catalog.
 */
public final class CatalogParser {

    private static final Pattern EXERCISE_FILE = Pattern.compile("([a-z0-9-]+)/([a-z0-9-]+)\\.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** The schemas in exercises/schema, packaged with the catalog; also for a clinic's own catalog folder. */
    private static final YamlSchema MUSCLES = YamlSchema.fromClasspath("catalog/schema/muscles.schema.json");
    private static final YamlSchema PATTERNS = YamlSchema.fromClasspath("catalog/schema/patterns.schema.json");
    private static final YamlSchema EXERCISE = YamlSchema.fromClasspath("catalog/schema/exercise.schema.json");
    private static final YamlSchema ADVICE = YamlSchema.fromClasspath("catalog/schema/advice.schema.json");
    /** Advice items live in their own folder: advice/<slug>.yaml. */
    static final String ADVICE_FOLDER = "advice";

    private final CatalogProblems problems = new CatalogProblems();
    private final ExerciseFileReader exerciseReader = new ExerciseFileReader();

    public ParsedCatalog parse(Map<String, byte[]> files) {
        Map<String, MuscleDefinition> muscles = readMuscles(files);
        YamlFields patternFile = read("patterns.yaml", files.get("patterns.yaml"), PATTERNS);
        Map<String, PatternDefinition> patterns = patternFile == null ? Map.of()
                : new PatternFileReader().read(patternFile, muscles.keySet());
        Map<String, ExerciseDefinition> exercises = new LinkedHashMap<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, ExerciseFileReader.GraphFlags> flags = new HashMap<>();
        Set<String> fileSlugs = new HashSet<>();
        Map<String, AdviceDefinition> advice = new LinkedHashMap<>();
        for (var entry : new TreeMap<>(files).entrySet()) {
            String path = entry.getKey();
            if (path.equals("muscles.yaml") || path.equals("patterns.yaml") || !path.endsWith(".yaml")) {
                continue;
            }
            var match = EXERCISE_FILE.matcher(path);
            if (match.matches() && match.group(1).equals(ADVICE_FOLDER)) {
                readAdvice(path, entry.getValue(), match.group(2), patterns.keySet(), advice);
                continue;
            }
            if (!match.matches()) {
                problems.add(path, null, "exercise files belong in <region>/<slug>.yaml");
                continue;
            }
            YamlFields fields = read(path, entry.getValue(), EXERCISE);
            if (fields == null) {
                continue;
            }
            fileSlugs.add(match.group(2));
            String imagePath = "img/" + match.group(2) + ".svg";
            ExerciseDefinition exercise = exerciseReader.read(fields, match.group(1), match.group(2),
                    files.get(imagePath), muscles.keySet(), patterns.keySet());
            if (exercise == null) {
                continue;
            }
            if (exercises.putIfAbsent(exercise.slug(), exercise) != null) {
                problems.add(path, "slug", "'" + exercise.slug() + "' is used by another exercise file");
            }
            hashes.put(exercise.slug(), Sha256.hex(entry.getValue(), files.get(imagePath)));
            flags.put(exercise.slug(), exerciseReader.graphFlags(fields));
        }
        checkLinks(exercises, fileSlugs);
        new ProgressionGraph(exercises, flags, problems).check();
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems.list());
        }
        return new ParsedCatalog(List.copyOf(muscles.values()), List.copyOf(patterns.values()),
                List.copyOf(exercises.values()), hashes, List.copyOf(advice.values()));
    }

    private void readAdvice(String path, byte[] bytes, String fileSlug, Set<String> patterns,
            Map<String, AdviceDefinition> advice) {
        YamlFields fields = read(path, bytes, ADVICE);
        AdviceDefinition item = fields == null ? null : new AdviceFileReader().read(fields, fileSlug, patterns);
        if (item != null) {
            advice.put(item.slug(), item);
        }
    }

    private Map<String, MuscleDefinition> readMuscles(Map<String, byte[]> files) {
        Map<String, MuscleDefinition> muscles = new LinkedHashMap<>();
        YamlFields file = read("muscles.yaml", files.get("muscles.yaml"), MUSCLES);
        for (YamlFields muscle : file == null ? List.<YamlFields>of() : file.items("muscles")) {
            String slug = muscle.isObject() ? muscle.text("slug") : null;
            String name = muscle.isObject() ? muscle.text("name") : null;
            Region region = muscle.isObject() ? muscle.code("region", Region::fromCode) : null;
            if (slug != null && name != null && region != null
                    && muscles.putIfAbsent(slug, new MuscleDefinition(slug, name, region)) != null) {
                muscle.problem("slug", "'" + slug + "' is listed twice");
            }
        }
        return muscles;
    }

    /** Progression and regression must name existing exercises and never lead in a circle. */
    private void checkLinks(Map<String, ExerciseDefinition> exercises, Set<String> fileSlugs) {
        for (ExerciseDefinition exercise : exercises.values()) {
            String file = exercise.region().code() + "/" + exercise.slug() + ".yaml";
            checkLink(fileSlugs, file, exercise, "progression", exercise.progression());
            checkLink(fileSlugs, file, exercise, "regression", exercise.regression());
            cycle(exercises, exercise, true, file);
            cycle(exercises, exercise, false, file);
        }
    }

    /** A link to an exercise whose own file has problems is not reported again here. */
    private void checkLink(Set<String> fileSlugs, String file, ExerciseDefinition exercise, String field,
            String target) {
        if (target == null) {
            return;
        }
        if (target.equals(exercise.slug())) {
            problems.add(file, field, "an exercise cannot be its own " + field);
        } else if (!fileSlugs.contains(target)) {
            problems.add(file, field, "unknown exercise '" + target + "'");
        }
    }

    private void cycle(Map<String, ExerciseDefinition> exercises, ExerciseDefinition start, boolean up, String file) {
        Set<String> seen = new HashSet<>();
        List<String> chain = new ArrayList<>();
        ExerciseDefinition current = start;
        while (current != null) {
            if (!seen.add(current.slug())) {
                if (current.slug().equals(start.slug())) {
                    problems.add(file, up ? "progression" : "regression",
                            "leads in a circle: " + String.join(" → ", chain) + " → " + start.slug());
                }
                return;
            }
            chain.add(current.slug());
            String next = up ? current.progression() : current.regression();
            current = next == null || next.equals(current.slug()) ? null : exercises.get(next);
        }
    }

    /**
     * The file as a YAML mapping, its problems against the schema recorded, or null when it is
     * missing or not a YAML mapping (a problem then too).
     */
    private YamlFields read(String path, byte[] bytes, YamlSchema schema) {
        if (bytes == null) {
            problems.add(path, null, "file is missing");
            return null;
        }
        JsonNode root;
        try {
            root = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            problems.add(path, null, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(path, null, "must be a YAML mapping");
            return null;
        }
        schema.problems(root).forEach(p -> problems.add(path, p.field(), p.message()));
        return new YamlFields(root, path, "", problems);
    }
}
