package app.plumbline.base;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A JSON Schema (draft 2020-12) read once from the class path that checks a parsed YAML (or JSON)
 * document and names every problem as a readable path ({@code dosage.reps}, {@code targets[2].action})
 * and a plain message for the person who edits the file. The same schema file is what editors use
 * to check the file as it is typed, so the app and the editor never disagree. A {@code pattern} may
 * carry a {@code patternErrorMessage} (a keyword VS Code's schema support also reads) to say in
 * words what the pattern wants; an {@code anyOf} of single {@code required} fields reads "give
 * reps, holdSeconds, or both".
 */
public final class YamlSchema {

    /** One problem: the field's path ("" for the whole document) and what is wrong, in plain words. */
    public record Problem(String field, String message) {
    }

    private static final String PATTERN_MESSAGE = "patternErrorMessage";
    /** Draft 2020-12, knowing {@code patternErrorMessage} as an annotation rather than warning of it. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword(PATTERN_MESSAGE)).build());
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private final JsonNode schemaNode;
    private final Schema schema;

    private YamlSchema(String resource, JsonNode schemaNode) {
        List<String> invalid = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA)).validate(schemaNode).stream()
                .map(Error::toString).toList();
        if (!invalid.isEmpty()) {
            throw new IllegalStateException("The JSON Schema " + resource + " is not valid draft 2020-12: "
                    + String.join("; ", invalid));
        }
        this.schemaNode = schemaNode;
        this.schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + resource), schemaNode);
        schema.initializeValidators(); // all at once now, not lazily while validating
    }

    /**
     * Reads the schema at a class-path resource ("catalog/schema/exercise.schema.json") and checks it
     * against the draft 2020-12 meta-schema. Load it once (a constant) and reuse it.
     */
    public static YamlSchema fromClasspath(String resource) {
        try (InputStream in = YamlSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema not found on the class path: " + resource);
            }
            return new YamlSchema(resource, JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON Schema " + resource, e);
        }
    }

    /** Every way the document breaks the schema; empty when it is valid. */
    public List<Problem> problems(JsonNode document) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : schema.validate(document)) {
            NodePath alternatives = anyOfLocation(error.getSchemaLocation().getFragment());
            problems.add(alternatives == null ? problem(error)
                    : anyOf(path(error.getInstanceLocation()), node(alternatives)));
        }
        return List.copyOf(problems);
    }

    private Problem problem(Error error) {
        String at = path(error.getInstanceLocation());
        JsonNode value = error.getInstanceNode();
        JsonNode owner = owner(error);
        return switch (error.getKeyword()) {
            case "required" -> new Problem(join(at, error.getProperty()), "missing");
            case "additionalProperties" -> new Problem(join(at, error.getProperty()), "unknown field"
                    + allowed(owner) + commaHint(value, error.getProperty()));
            case "type" -> new Problem(at, (value == null || value.isNull() ? "is empty; it " : "")
                    + "must be " + typeWords(error.getSchemaNode(), owner));
            case "enum" -> new Problem(at, quoted(value) + " is not one of: " + values(error.getSchemaNode()));
            case "const" -> new Problem(at, quoted(value) + " must be " + quoted(error.getSchemaNode()));
            case "minimum", "maximum" -> new Problem(at, range(value, owner, error.getKeyword()));
            case "multipleOf" -> new Problem(at, value + " must be in steps of " + error.getSchemaNode());
            case "minLength" -> new Problem(at, "must be at least " + error.getSchemaNode() + " characters long");
            case "maxLength" -> new Problem(at, "longer than " + error.getSchemaNode() + " characters");
            case "pattern" -> new Problem(at, patternMessage(value, owner));
            case "minItems", "maxItems" -> new Problem(at, items(value, owner));
            case "minProperties", "maxProperties" -> new Problem(at, fields(value, owner));
            default -> new Problem(at, error.getMessage().replaceFirst("^\\S+: ", ""));
        };
    }

    /** "$.targets[2].action" as "targets[2].action". */
    private static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        return path.toString();
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    /** The schema object that holds the failed keyword (its siblings say the range, the allowed fields). */
    private JsonNode owner(Error error) {
        return node(error.getSchemaLocation().getFragment().getParent());
    }

    private JsonNode node(NodePath fragment) {
        JsonNode node = schemaNode;
        for (int i = 0; i < fragment.getNameCount() && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /**
     * An {@code anyOf} reports the errors of each alternative, not its own; the location of the
     * {@code anyOf} keyword an error comes from (or null) lets them be said once.
     */
    private static NodePath anyOfLocation(NodePath fragment) {
        for (NodePath at = fragment; at != null && at.getNameCount() > 0; at = at.getParent()) {
            if ("anyOf".equals(at.getElement(at.getNameCount() - 1))) {
                return at;
            }
        }
        return null;
    }

    private static String allowed(JsonNode owner) {
        JsonNode properties = owner.get("properties");
        return properties == null ? "" : " (allowed: " + properties.propertyNames().stream().sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code {why: Eases the neck, gently.}} reads as a field "gently." with no value. */
    private static String commaHint(JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        return value != null && value.isNull()
                ? "; if it is the rest of a text after a comma inside { }, put the whole text in quotes" : "";
    }

    private static String typeWords(JsonNode types, JsonNode owner) {
        List<String> words = new ArrayList<>();
        for (JsonNode type : types.isArray() ? types : List.of(types)) {
            words.add(switch (type.asString()) {
                case "integer" -> "a whole number" + between(owner);
                case "number" -> "a number" + between(owner);
                case "string" -> "a text";
                case "array" -> "a list";
                case "object" -> "a mapping";
                case "boolean" -> "true or false";
                default -> type.asString();
            });
        }
        return String.join(" or ", words);
    }

    private static String between(JsonNode owner) {
        return owner.has("minimum") && owner.has("maximum")
                ? " from " + owner.get("minimum") + " to " + owner.get("maximum") : "";
    }

    private static String range(JsonNode value, JsonNode owner, String keyword) {
        if (owner.has("minimum") && owner.has("maximum")) {
            return value + " is outside " + owner.get("minimum") + " to " + owner.get("maximum");
        }
        return value + (keyword.equals("minimum") ? " is below " : " is above ") + owner.get(keyword);
    }

    private static String patternMessage(JsonNode value, JsonNode owner) {
        JsonNode words = owner.get(PATTERN_MESSAGE);
        String message = words == null ? "does not have the expected form" : words.asString();
        return value != null && value.isString() && !value.asString().isBlank() ? quoted(value) + " " + message
                : message;
    }

    private static String items(JsonNode value, JsonNode owner) {
        int size = value.size();
        if (owner.has("minItems") && owner.has("maxItems")) {
            return "needs " + owner.get("minItems") + " to " + owner.get("maxItems") + " items, has " + size;
        }
        return owner.has("minItems") && size < owner.get("minItems").asInt()
                ? "needs at least " + owner.get("minItems") + (owner.get("minItems").asInt() == 1 ? " item" : " items")
                : "has " + size + " items; at most " + owner.get("maxItems") + " are allowed";
    }

    private static String fields(JsonNode value, JsonNode owner) {
        JsonNode properties = owner.get("properties");
        String names = properties == null ? "" : String.join(", ", properties.propertyNames());
        int min = owner.path("minProperties").asInt(0);
        if (min == 1 && owner.path("maxProperties").asInt(-1) == 1) {
            return "give exactly one of: " + names + (value.size() > 1
                    ? " (has " + String.join(", ", value.propertyNames()) + ")" : "");
        }
        return value.size() < min ? "needs at least " + min + " of: " + names
                : "has " + value.size() + " fields; at most " + owner.path("maxProperties").asInt() + " are allowed";
    }

    /** {@code anyOf: [{required: [reps]}, {required: [holdSeconds]}]} says "give reps, holdSeconds, or both". */
    private static Problem anyOf(String at, JsonNode alternatives) {
        List<String> names = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            JsonNode required = alternative.get("required");
            if (alternative.size() != 1 || required == null || required.size() != 1) {
                return new Problem(at, "does not match any of the allowed forms");
            }
            names.add(required.get(0).asString());
        }
        return new Problem(join(at, names.getFirst()), "give " + String.join(", ", names)
                + (names.size() == 2 ? ", or both" : " (at least one)"));
    }

    private static String values(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asString)
                .collect(Collectors.joining(", "));
    }

    private static String quoted(JsonNode value) {
        if (value == null || value.isNull()) {
            return "(empty)";
        }
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }
}
