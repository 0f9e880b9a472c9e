package app.plumbline.outcome;

import app.plumbline.base.YamlSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the questionnaire files (name → bytes) into definitions, or throws
 * {@link InvalidQuestionnairesException} listing every problem as "file: field: message"; never
 * returns half of them. Each file is checked against questionnaires/schema/questionnaire.schema.json
 * (the file editors use) and, at the same time, across its fields ({@link QuestionnaireRules}), so
 * every problem is listed at once; only a file with none is read ({@link QuestionnaireYaml}).
 */
public final class QuestionnaireFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final YamlSchema SCHEMA = YamlSchema.fromClasspath("questionnaires/schema/questionnaire.schema.json");

    public Map<String, Questionnaire> read(Map<String, byte[]> files) {
        Map<String, Questionnaire> result = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var entry : new TreeMap<>(files).entrySet()) {
            String file = entry.getKey();
            JsonNode root;
            try {
                root = YAML.readTree(entry.getValue());
            } catch (JacksonException e) {
                problems.add(file + ": (file): not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
                continue;
            }
            List<YamlSchema.Problem> found = problems(file, root);
            found.forEach(p -> problems.add(file + ": " + (p.field().isEmpty() ? "(file)" : p.field()) + ": "
                    + p.message()));
            if (found.isEmpty()) {
                Questionnaire q = QuestionnaireYaml.read(root);
                result.put(q.slug(), q);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnairesException(problems);
        }
        return result;
    }

    private static List<YamlSchema.Problem> problems(String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            return List.of(new YamlSchema.Problem("", "must be a mapping of the fields in questionnaire.schema.json"));
        }
        List<YamlSchema.Problem> problems = new ArrayList<>(SCHEMA.problems(root));
        problems.addAll(QuestionnaireRules.problems(root));
        String slug = root.path("slug").asString(null);
        if (problems.isEmpty() && !file.equals(slug + ".yaml")) {
            problems.add(new YamlSchema.Problem("slug", "'" + slug + "' must match the file name (" + slug + ".yaml)"));
        }
        return problems;
    }
}
