package app.plumbline.catalog.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Typed reading of one YAML mapping that records a problem for every field that is missing, of
 * the wrong type or out of range, instead of stopping at the first.
 */
final class YamlFields {

    private final JsonNode node;
    private final String file;
    private final String prefix;
    private final CatalogProblems problems;

    /** The codes a field may take, for its problem message ("neck, upper-back, ..."). */
    static <E> String codes(E[] values, Function<E, String> code) {
        return String.join(", ", Arrays.stream(values).map(code).toList());
    }

    YamlFields(JsonNode node, String file, String prefix, CatalogProblems problems) {
        this.node = node;
        this.file = file;
        this.prefix = prefix;
        this.problems = problems;
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void problem(String field, String message) {
        problems.add(file, path(field), message);
    }

    void allowOnly(Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, "unknown field (allowed: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The field's value, or null (with a "missing" problem if required) when it is absent. */
    private JsonNode present(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "missing");
            }
            return null;
        }
        return value;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field, boolean required, int maxLength) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            problem(field, "must be a non-empty text");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.length() > maxLength) {
            problem(field, "longer than " + maxLength + " characters");
        }
        return text;
    }

    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            problem(field, "must be a whole number from " + min + " to " + max);
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            problem(field, number + " is outside " + min + " to " + max);
        }
        return number;
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(field, "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    <E> E code(String field, boolean required, Function<String, E> parse, String allowed) {
        String text = text(field, required, 40);
        return text == null ? null : code(field, text, parse, allowed).orElse(null);
    }

    <E> Optional<E> code(String field, String text, Function<String, E> parse, String allowed) {
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            problem(field, "'" + text + "' is not one of: " + allowed);
            return Optional.empty();
        }
    }

    List<String> texts(String field, boolean required, int minItems, int maxItems, int maxLength) {
        List<String> result = new ArrayList<>();
        JsonNode value = present(field, required);
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            problem(field, "must be a list");
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString() || item.stringValue().isBlank()) {
                problem(field + "[" + i + "]", "must be a non-empty text");
            } else if (item.stringValue().strip().length() > maxLength) {
                problem(field + "[" + i + "]", "longer than " + maxLength + " characters");
            } else {
                result.add(item.stringValue().strip());
            }
        }
        if (value.size() < minItems || value.size() > maxItems) {
            problem(field, "needs " + minItems + " to " + maxItems + " items, has " + value.size());
        }
        return result;
    }

    /** The items of a list field that are mappings, each as fields of its own. */
    List<YamlFields> objects(String field, boolean required) {
        List<YamlFields> result = new ArrayList<>();
        JsonNode value = present(field, required);
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            problem(field, "must be a list");
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            result.add(new YamlFields(value.get(i), file, path(field) + "[" + i + "]", problems));
        }
        return result;
    }

    YamlFields object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            problem(field, value == null ? "missing" : "must be a mapping");
            return null;
        }
        return new YamlFields(value, file, path(field), problems);
    }

    JsonNode node() {
        return node;
    }

    String file() {
        return file;
    }

    String prefix() {
        return prefix;
    }

    boolean isObject() {
        return node != null && node.isObject();
    }
}
