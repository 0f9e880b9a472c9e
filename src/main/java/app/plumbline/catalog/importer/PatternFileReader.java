package app.plumbline.catalog.importer;

import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.PatternMuscle;
import app.plumbline.catalog.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads patterns.yaml, already checked against {@code patterns.schema.json}; muscles may be given
 * as a slug or as {muscle, why}. Checks what the schema cannot say: slugs are unique and every
 * muscle is in muscles.yaml.
 */
final class PatternFileReader {

    Map<String, PatternDefinition> read(YamlFields file, Set<String> muscles) {
        Map<String, PatternDefinition> patterns = new LinkedHashMap<>();
        for (YamlFields pattern : file.items("patterns")) {
            PatternDefinition definition = pattern.isObject() ? definition(pattern, muscles) : null;
            if (definition != null && patterns.putIfAbsent(definition.slug(), definition) != null) {
                pattern.problem("slug", "'" + definition.slug() + "' is listed twice");
            }
        }
        return patterns;
    }

    private static PatternDefinition definition(YamlFields pattern, Set<String> muscles) {
        String slug = pattern.text("slug");
        String name = pattern.text("name");
        Region region = pattern.code("region", Region::fromCode);
        Boolean sided = pattern.bool("sided");
        String description = pattern.text("description");
        String patientDescription = pattern.text("patientDescription");
        List<PatternMuscle> list = new ArrayList<>();
        list.addAll(muscles(pattern, "overactive", PatternMuscle.Role.OVERACTIVE, muscles));
        list.addAll(muscles(pattern, "underactive", PatternMuscle.Role.UNDERACTIVE, muscles));
        if (slug == null || name == null || region == null || sided == null || description == null
                || patientDescription == null) {
            return null;
        }
        return new PatternDefinition(slug, name, region, sided, pattern.texts("aliases"), description,
                patientDescription, list, pattern.texts("signs"), pattern.texts("references"));
    }

    private static List<PatternMuscle> muscles(YamlFields pattern, String field, PatternMuscle.Role role,
            Set<String> known) {
        List<PatternMuscle> result = new ArrayList<>();
        for (YamlFields item : pattern.items(field)) {
            String slug = item.isObject() ? item.text("muscle") : YamlFields.textOf(item.node());
            if (slug != null && !known.contains(slug)) {
                item.problem("", "unknown muscle '" + slug + "' (not in muscles.yaml)");
            } else if (slug != null) {
                result.add(new PatternMuscle(slug, role, item.isObject() ? item.text("why") : null));
            }
        }
        return result;
    }
}
