package app.plumbline.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Lenient typed reading of one YAML mapping that the catalog's JSON Schema has already checked:
 * a value that is absent or of the wrong type reads as null (or an empty list) and is not reported
 * again; the schema's problem names it. What a schema cannot say (references, file names) is
 * reported through {@link #problem}.
 */
final class YamlFields {

    private final JsonNode node;
    private final String file;
    private final String prefix;
    private final CatalogProblems problems;

    YamlFields(JsonNode node, String file, String prefix, CatalogProblems problems) {
        this.node = node;
        this.file = file;
        this.prefix = prefix;
        this.problems = problems;
    }

    String path(String field) {
        return prefix.isEmpty() || field.isEmpty() ? prefix + field : prefix + "." + field;
    }

    void problem(String field, String message) {
        problems.add(file, path(field), message);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** A non-blank text, stripped; otherwise null. */
    String text(String field) {
        return textOf(node.get(field));
    }

    static String textOf(JsonNode value) {
        return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip()
                : null;
    }

    Integer integer(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() && value.canConvertToExactIntegral() ? value.intValue() : null;
    }

    Boolean bool(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /** The field's code as an enum value, or null when it is absent or not a code the enum knows. */
    <E> E code(String field, Function<String, E> parse) {
        return parseCode(text(field), parse);
    }

    /** A code as an enum value, or null. */
    static <E> E parseCode(String text, Function<String, E> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The non-blank texts of a list field. */
    List<String> texts(String field) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : list(field)) {
            String text = textOf(item);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** The items of a list field, each as fields of its own, keeping their index in the path. */
    List<YamlFields> items(String field) {
        List<YamlFields> result = new ArrayList<>();
        List<JsonNode> list = list(field);
        for (int i = 0; i < list.size(); i++) {
            result.add(new YamlFields(list.get(i), file, path(field) + "[" + i + "]", problems));
        }
        return result;
    }

    /** A mapping field as fields of its own, or null. */
    YamlFields object(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? new YamlFields(value, file, path(field), problems) : null;
    }

    private List<JsonNode> list(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value.valueStream().toList() : List.of();
    }

    JsonNode node() {
        return node;
    }

    boolean isObject() {
        return node != null && node.isObject();
    }

    String file() {
        return file;
    }
}
