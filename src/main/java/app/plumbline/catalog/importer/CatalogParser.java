package app.plumbline.catalog.importer;

import app.plumbline.base.Sha256;
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

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EXERCISE_FILE = Pattern.compile("([a-z0-9-]+)/([a-z0-9-]+)\\.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final CatalogProblems problems = new CatalogProblems();
    private final ExerciseFileReader exerciseReader = new ExerciseFileReader();

    public ParsedCatalog parse(Map<String, byte[]> files) {
        Map<String, MuscleDefinition> muscles = readMuscles(files);
        Map<String, PatternDefinition> patterns = new PatternFileReader(problems)
                .read(files, muscles.keySet(), this::yaml);
        Map<String, ExerciseDefinition> exercises = new LinkedHashMap<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, ExerciseFileReader.GraphFlags> flags = new HashMap<>();
        Set<String> fileSlugs = new HashSet<>();
        for (var entry : new TreeMap<>(files).entrySet()) {
            String path = entry.getKey();
            if (path.equals("muscles.yaml") || path.equals("patterns.yaml") || !path.endsWith(".yaml")) {
                continue;
            }
            var match = EXERCISE_FILE.matcher(path);
            if (!match.matches()) {
                problems.add(path, null, "exercise files belong in <region>/<slug>.yaml");
                continue;
            }
            JsonNode root = yaml(path, entry.getValue());
            if (root == null) {
                continue;
            }
            fileSlugs.add(match.group(2));
            String imagePath = "img/" + match.group(2) + ".svg";
            YamlFields fields = new YamlFields(root, path, "", problems);
            ExerciseDefinition exercise = exerciseReader.read(fields, match.group(1), match.group(2),
                    files.get(imagePath), muscles.keySet(), patterns.keySet());
            ExerciseFileReader.GraphFlags graphFlags = exerciseReader.graphFlags(fields);
            if (exercise == null) {
                continue;
            }
            if (exercises.putIfAbsent(exercise.slug(), exercise) != null) {
                problems.add(path, "slug", "'" + exercise.slug() + "' is used by another exercise file");
            }
            hashes.put(exercise.slug(), Sha256.hex(entry.getValue(), files.get(imagePath)));
            flags.put(exercise.slug(), graphFlags);
        }
        checkLinks(exercises, fileSlugs);
        new ProgressionGraph(exercises, flags, problems).check();
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems.list());
        }
        return new ParsedCatalog(List.copyOf(muscles.values()), List.copyOf(patterns.values()),
                List.copyOf(exercises.values()), hashes);
    }

    private Map<String, MuscleDefinition> readMuscles(Map<String, byte[]> files) {
        Map<String, MuscleDefinition> muscles = new LinkedHashMap<>();
        JsonNode root = yaml("muscles.yaml", files.get("muscles.yaml"));
        if (root == null) {
            return muscles;
        }
        YamlFields file = new YamlFields(root, "muscles.yaml", "", problems);
        file.allowOnly(Set.of("muscles"));
        for (YamlFields muscle : file.objects("muscles", true)) {
            if (!muscle.isObject()) {
                muscle.problem("", "must be a mapping with slug, name and region");
                continue;
            }
            muscle.allowOnly(Set.of("slug", "name", "region"));
            String slug = slug(muscle);
            String name = muscle.text("name", true, 200);
            Region region = muscle.code("region", true, Region::fromCode, YamlFields.codes(Region.values(), Region::code));
            if (slug != null && name != null && region != null
                    && muscles.putIfAbsent(slug, new MuscleDefinition(slug, name, region)) != null) {
                muscle.problem("slug", "'" + slug + "' is listed twice");
            }
        }
        return muscles;
    }

    static String slug(YamlFields fields) {
        String slug = fields.text("slug", true, 80);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            fields.problem("slug", "'" + slug + "' must be lower-case words joined by dashes");
            return null;
        }
        return slug;
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

    private JsonNode yaml(String path, byte[] bytes) {
        if (bytes == null) {
            problems.add(path, null, "file is missing");
            return null;
        }
        try {
            JsonNode root = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                problems.add(path, null, "must be a YAML mapping");
                return null;
            }
            return root;
        } catch (RuntimeException e) {
            problems.add(path, null, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }
}
