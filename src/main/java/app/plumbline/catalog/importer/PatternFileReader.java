package app.plumbline.catalog.importer;

import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.PatternMuscle;
import app.plumbline.catalog.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/** Reads patterns.yaml; muscles may be given as a slug or as {muscle, why}. */
final class PatternFileReader {

    private static final String FILE = "patterns.yaml";
    private static final Set<String> FIELDS = Set.of("slug", "name", "region", "sided", "aliases", "description",
            "patientDescription", "overactive", "underactive", "signs", "references");

    private final CatalogProblems problems;

    PatternFileReader(CatalogProblems problems) {
        this.problems = problems;
    }

    Map<String, PatternDefinition> read(Map<String, byte[]> files, Set<String> muscles,
            BiFunction<String, byte[], JsonNode> yaml) {
        Map<String, PatternDefinition> patterns = new LinkedHashMap<>();
        JsonNode root = yaml.apply(FILE, files.get(FILE));
        if (root == null) {
            return patterns;
        }
        YamlFields file = new YamlFields(root, FILE, "", problems);
        file.allowOnly(Set.of("patterns"));
        for (YamlFields pattern : file.objects("patterns", true)) {
            if (!pattern.isObject()) {
                pattern.problem("", "must be a mapping");
                continue;
            }
            PatternDefinition definition = read(pattern, muscles);
            if (definition != null && patterns.putIfAbsent(definition.slug(), definition) != null) {
                pattern.problem("slug", "'" + definition.slug() + "' is listed twice");
            }
        }
        return patterns;
    }

    private PatternDefinition read(YamlFields pattern, Set<String> muscles) {
        pattern.allowOnly(FIELDS);
        String slug = CatalogParser.slug(pattern);
        String name = pattern.text("name", true, 200);
        Region region = pattern.code("region", true, Region::fromCode, YamlFields.codes(Region.values(), Region::code));
        Boolean sided = pattern.bool("sided", true);
        List<String> aliases = pattern.texts("aliases", false, 0, 10, 200);
        String description = pattern.text("description", true, 4000);
        String patientDescription = pattern.text("patientDescription", true, 2000);
        List<PatternMuscle> list = new ArrayList<>();
        list.addAll(muscles(pattern, "overactive", PatternMuscle.Role.OVERACTIVE, muscles));
        list.addAll(muscles(pattern, "underactive", PatternMuscle.Role.UNDERACTIVE, muscles));
        List<String> signs = pattern.texts("signs", true, 1, 12, 400);
        List<String> references = pattern.texts("references", false, 0, 12, 600);
        if (slug == null || name == null || region == null || sided == null || description == null
                || patientDescription == null) {
            return null;
        }
        return new PatternDefinition(slug, name, region, sided, aliases, description, patientDescription, list,
                signs, references);
    }

    private List<PatternMuscle> muscles(YamlFields pattern, String field, PatternMuscle.Role role,
            Set<String> known) {
        List<PatternMuscle> result = new ArrayList<>();
        JsonNode list = pattern.node().get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            pattern.problem(field, "needs a list of at least one muscle");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = field + "[" + i + "]";
            String slug;
            String why = null;
            if (item.isString()) {
                slug = item.stringValue().strip();
            } else if (item.isObject()) {
                YamlFields entry = new YamlFields(item, pattern.file(), pattern.path(where), problems);
                entry.allowOnly(Set.of("muscle", "why"));
                slug = entry.text("muscle", true, 80);
                why = entry.text("why", false, 1000);
            } else {
                pattern.problem(where, "must be a muscle slug or {muscle, why}");
                continue;
            }
            if (slug == null) {
                continue;
            }
            if (!known.contains(slug)) {
                pattern.problem(where, "unknown muscle '" + slug + "' (not in muscles.yaml)");
            } else {
                result.add(new PatternMuscle(slug, role, why));
            }
        }
        return result;
    }
}
