package app.plumbline.outcome;

import app.plumbline.outcome.Questionnaire.Better;
import app.plumbline.outcome.Questionnaire.Item;
import app.plumbline.outcome.Questionnaire.Kind;
import app.plumbline.outcome.Questionnaire.Licence;
import app.plumbline.outcome.Questionnaire.Method;
import app.plumbline.outcome.Questionnaire.MultipleTicks;
import app.plumbline.outcome.Questionnaire.Scale;
import app.plumbline.outcome.Questionnaire.ScoringRule;
import app.plumbline.outcome.Questionnaire.Threshold;
import app.plumbline.base.YamlSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the questionnaire files (name → bytes) into definitions, or throws
 * {@link InvalidQuestionnairesException} listing every problem as "file: field: message"; never
 * returns half of them. Each file is first checked against questionnaires/schema/questionnaire.schema.json
 * ({@link YamlSchema}); then come what a schema cannot say (answers within the scale, options one
 * per value, texts present exactly when the licence says so, reverse items that exist). The older
 * field-by-field checks below ({@code allowOnly}, {@code text}, {@code choice}, ...) now repeat the
 * schema for a valid file and are to be removed.
 */
public final class QuestionnaireFileReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** The same schema file editors use: checked first, so the app and the editor never disagree. */
    private static final YamlSchema SCHEMA = YamlSchema.fromClasspath("questionnaires/schema/questionnaire.schema.json");
    private static final Set<String> TOP = Set.of("slug", "name", "shortName", "kind", "measures", "instructions", "licence",
            "scale", "patientNamesItems", "items", "scoring", "mcid", "mdc", "sources");

    private final List<String> problems = new ArrayList<>();
    private String file;

    public Map<String, Questionnaire> read(Map<String, byte[]> files) {
        Map<String, Questionnaire> result = new LinkedHashMap<>();
        for (var entry : new TreeMap<>(files).entrySet()) {
            file = entry.getKey();
            JsonNode root;
            try {
                root = YAML.readTree(entry.getValue());
            } catch (RuntimeException e) {
                problem("", "not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
                continue;
            }
            if (root == null || !root.isObject()) {
                problem("", "must be a mapping of the fields in questionnaire.schema.json");
                continue;
            }
            List<YamlSchema.Problem> shape = SCHEMA.problems(root);
            shape.forEach(p -> problem(p.field(), p.message()));
            int checked = problems.size();
            Questionnaire q = questionnaire(root);
            // The checks across fields still run, so every problem is listed at once; a field the
            // schema already named is not named twice.
            Set<String> named = new HashSet<>();
            shape.forEach(p -> named.add(file + ": " + (p.field().isEmpty() ? "(file)" : p.field()) + ": "));
            List<String> more = new ArrayList<>(problems.subList(checked, problems.size()));
            problems.subList(checked, problems.size()).clear();
            more.stream().filter(m -> named.stream().noneMatch(m::startsWith)).forEach(problems::add);
            if (!shape.isEmpty()) {
                continue;
            }
            if (q != null) {
                if (!file.equals(q.slug() + ".yaml")) {
                    problem("slug", "'" + q.slug() + "' must match the file name (" + q.slug() + ".yaml)");
                } else {
                    result.put(q.slug(), q);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnairesException(problems);
        }
        return result;
    }

    private Questionnaire questionnaire(JsonNode root) {
        int before = problems.size();
        allowOnly(root, "", TOP);
        String slug = text(root, "slug", true, 40);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            problem("slug", "'" + slug + "' must be lower-case words joined by hyphens");
        }
        String name = text(root, "name", true, 120);
        String shortName = text(root, "shortName", true, 20);
        String kind = choice(root, "kind", Set.of("pain", "function", "beliefs", "adherence"));
        String measures = text(root, "measures", true, 200);
        String instructions = text(root, "instructions", true, 2000);
        Licence licence = licence(root.get("licence"));
        Scale scale = scale(root.get("scale"));
        boolean patientNames = bool(root, "patientNamesItems", false);
        List<Item> items = items(root.get("items"), licence, scale);
        ScoringRule scoring = scoring(root.get("scoring"), items);
        Threshold mcid = threshold(root.get("mcid"), "mcid");
        Threshold mdc = threshold(root.get("mdc"), "mdc");
        List<String> sources = sources(root.get("sources"));
        if (problems.size() > before) {
            return null;
        }
        return new Questionnaire(slug, name, shortName, Kind.valueOf(kind.toUpperCase(Locale.ROOT)), measures, instructions, licence, scale, patientNames, items,
                scoring, mcid, mdc, sources);
    }

    private Licence licence(JsonNode node) {
        if (!mapping(node, "licence")) {
            return null;
        }
        allowOnly(node, "licence", Set.of("status", "textsIncluded", "note"));
        String status = choice(node, "licence.status", Set.of("free", "licensed", "unverified"));
        boolean texts = bool(node, "textsIncluded", true, "licence.textsIncluded");
        String note = text(node, "note", true, 2000, "licence.note");
        if ("licensed".equals(status) && texts && note != null && !note.toLowerCase(Locale.ROOT).contains("licen")) {
            problem("licence.note", "a licensed measure with texts must say whose licence covers them");
        }
        return new Licence(status, texts, note);
    }

    private Scale scale(JsonNode node) {
        if (!mapping(node, "scale")) {
            return null;
        }
        allowOnly(node, "scale", Set.of("min", "max", "minLabel", "maxLabel"));
        Integer min = integer(node, "min", "scale.min", 0, 100);
        Integer max = integer(node, "max", "scale.max", 1, 100);
        if (min != null && max != null && max <= min) {
            problem("scale.max", max + " must be above scale.min (" + min + ")");
        }
        return min == null || max == null ? null : new Scale(min, max, text(node, "minLabel", false, 120, "scale.minLabel"),
                text(node, "maxLabel", false, 120, "scale.maxLabel"));
    }

    private List<Item> items(JsonNode node, Licence licence, Scale scale) {
        List<Item> items = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > 40) {
            problem("items", "needs a list of 1 to 40 items");
            return items;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "items[" + i + "]";
            JsonNode item = node.get(i);
            if (!mapping(item, at)) {
                continue;
            }
            allowOnly(item, at, Set.of("key", "text", "topic", "optional", "options"));
            String key = text(item, "key", true, 40, at + ".key");
            if (key != null && (!SLUG.matcher(key).matches() || !keys.add(key))) {
                problem(at + ".key", "'" + key + "' must be a lower-case slug, used once");
            }
            String text = text(item, "text", false, 400, at + ".text");
            String topic = text(item, "topic", false, 120, at + ".topic");
            List<String> options = new ArrayList<>();
            JsonNode opts = item.get("options");
            if (opts != null) {
                if (!opts.isArray() || opts.valueStream().anyMatch(o -> !o.isString() || o.stringValue().isBlank())) {
                    problem(at + ".options", "must be a list of non-empty texts");
                } else {
                    opts.valueStream().forEach(o -> options.add(o.stringValue().strip()));
                    if (scale != null && options.size() != scale.max() - scale.min() + 1) {
                        problem(at + ".options", "needs one statement per answer from " + scale.min() + " to "
                                + scale.max() + " (" + (scale.max() - scale.min() + 1) + "), has " + options.size());
                    }
                }
            }
            if (licence != null && licence.textsIncluded() && text == null) {
                problem(at + ".text", "missing (licence.textsIncluded is true)");
            }
            if (licence != null && !licence.textsIncluded() && (text != null || !options.isEmpty())) {
                problem(at + ".text", "must be absent: licence.textsIncluded is false (the texts are not shipped)");
            }
            if (text == null && topic == null) {
                problem(at, "needs a text or, for a measure whose texts are not shipped, a topic");
            }
            items.add(new Item(key, text, topic, bool(item, "optional", false, at + ".optional"), options));
        }
        return items;
    }

    private ScoringRule scoring(JsonNode node, List<Item> items) {
        if (!mapping(node, "scoring")) {
            return null;
        }
        allowOnly(node, "scoring", Set.of("method", "maxMissing", "minAnswered", "reverseItems", "multipleTicks",
                "range", "better", "unit"));
        String method = choice(node, "scoring.method", Set.of("sum", "mean", "percent"));
        Integer maxMissing = integer(node, "maxMissing", "scoring.maxMissing", 0, Math.max(0, items.size() - 1));
        if ("sum".equals(method) && maxMissing != null && maxMissing != 0) {
            problem("scoring.maxMissing", "a sum cannot leave items blank: must be 0");
        }
        Integer minAnswered = node.has("minAnswered")
                ? integer(node, "minAnswered", "scoring.minAnswered", 1, Math.max(1, items.size())) : Integer.valueOf(1);
        List<String> reverse = new ArrayList<>();
        JsonNode rev = node.get("reverseItems");
        if (rev != null) {
            for (int i = 0; i < rev.size(); i++) {
                String key = rev.get(i).isString() ? rev.get(i).stringValue() : null;
                if (key == null || items.stream().noneMatch(it -> key.equals(it.key()))) {
                    problem("scoring.reverseItems[" + i + "]", "'" + rev.get(i) + "' is not an item key");
                } else {
                    reverse.add(key);
                }
            }
        }
        String ticks = node.has("multipleTicks") ? choice(node, "scoring.multipleTicks", Set.of("refuse", "highest"))
                : "refuse";
        Double[] range = range(node.get("range"));
        String better = choice(node, "scoring.better", Set.of("lower", "higher"));
        String unit = text(node, "unit", true, 20, "scoring.unit");
        if (method == null || maxMissing == null || minAnswered == null || range == null || better == null
                || ticks == null) {
            return null;
        }
        return new ScoringRule(Method.valueOf(method.toUpperCase(Locale.ROOT)), maxMissing, minAnswered, reverse,
                MultipleTicks.valueOf(ticks.toUpperCase(Locale.ROOT)), range[0], range[1],
                Better.valueOf(better.toUpperCase(Locale.ROOT)), unit);
    }

    private Double[] range(JsonNode node) {
        if (!mapping(node, "scoring.range")) {
            return null;
        }
        JsonNode min = node.get("min");
        JsonNode max = node.get("max");
        if (min == null || !min.isNumber() || max == null || !max.isNumber() || max.doubleValue() <= min.doubleValue()) {
            problem("scoring.range", "needs numbers min and max, max above min");
            return null;
        }
        return new Double[] {min.doubleValue(), max.doubleValue()};
    }

    private Threshold threshold(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        if (!mapping(node, field)) {
            return null;
        }
        allowOnly(node, field, Set.of("value", "source"));
        JsonNode value = node.get("value");
        if (value == null || !value.isNumber() || value.doubleValue() <= 0) {
            problem(field + ".value", "must be a positive number of score points");
        }
        String source = text(node, "source", true, 800, field + ".source");
        return value == null || !value.isNumber() || source == null ? null : new Threshold(value.doubleValue(), source);
    }

    private List<String> sources(JsonNode node) {
        List<String> sources = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("sources", "needs a list of at least one reference");
            return sources;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (!s.isString() || s.stringValue().isBlank() || s.stringValue().length() > 600) {
                problem("sources[" + i + "]", "must be a non-empty text of up to 600 characters");
            } else {
                sources.add(s.stringValue().strip());
            }
        }
        return sources;
    }

    private boolean mapping(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            problem(field, node == null ? "missing" : "must be a mapping");
            return false;
        }
        return true;
    }

    private void allowOnly(JsonNode node, String prefix, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(prefix.isEmpty() ? name : prefix + "." + name,
                        "unknown field (allowed: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private String text(JsonNode node, String field, boolean required, int max) {
        return text(node, field, required, max, field);
    }

    private String text(JsonNode node, String field, boolean required, int max, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path, "missing");
            }
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            problem(path, "must be a non-empty text");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.length() > max) {
            problem(path, "longer than " + max + " characters");
        }
        return text;
    }

    private String choice(JsonNode node, String path, Set<String> allowed) {
        String text = text(node, path.substring(path.lastIndexOf('.') + 1), true, 40, path);
        if (text != null && !allowed.contains(text)) {
            problem(path, "'" + text + "' is not one of: " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return text;
    }

    private Integer integer(JsonNode node, String field, String path, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            problem(path, value == null ? "missing" : "must be a whole number");
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            problem(path, number + " is outside " + min + " to " + max);
            return null;
        }
        return number;
    }

    private boolean bool(JsonNode node, String field, boolean required) {
        return bool(node, field, required, field);
    }

    private boolean bool(JsonNode node, String field, boolean required, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                problem(path, "missing");
            }
            return false;
        }
        if (!value.isBoolean()) {
            problem(path, "must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    private void problem(String field, String message) {
        problems.add(file + ": " + (field.isEmpty() ? "(file)" : field) + ": " + message);
    }
}
