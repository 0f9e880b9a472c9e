package app.plumbline.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.YamlSchema;
import app.plumbline.catalog.Action;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Equipment;
import app.plumbline.catalog.Region;
import app.plumbline.catalog.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas in exercises/schema: valid draft 2020-12, strict and described for editors, in
 * step with the code's codes and limits, and met by every shipped file.
 */
class CatalogSchemaTest {

    private static final Path SCHEMAS = Path.of("exercises/schema");
    private static final List<String> FILES = List.of("exercise.schema.json", "patterns.schema.json",
            "muscles.schema.json", "advice.schema.json");

    @Test
    void theSchemasAreValidAgainstTheMetaSchema() {
        for (String file : FILES) {
            assertThat(YamlSchema.fromClasspath("catalog/schema/" + file)).as(file).isNotNull();
        }
    }

    @Test
    void everyMappingRefusesUnknownFieldsAndEveryFieldHasATitleAndADescription() throws IOException {
        List<String> faults = new ArrayList<>();
        for (String file : FILES) {
            strictAndDescribed(file, "#", read(file), faults);
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void codesAndLimitsMatchTheCode() throws IOException {
        JsonNode exercise = read("exercise.schema.json");
        assertThat(codes(exercise.at("/$defs/action/enum"))).isEqualTo(codes(Action.values(), Action::code));
        assertThat(codes(exercise.at("/$defs/region/enum"))).isEqualTo(codes(Region.values(), Region::code));
        assertThat(codes(read("patterns.schema.json").at("/$defs/pattern/properties/region/enum")))
                .isEqualTo(codes(Region.values(), Region::code));
        assertThat(codes(read("muscles.schema.json").at("/properties/muscles/items/properties/region/enum")))
                .isEqualTo(codes(Region.values(), Region::code));
        assertThat(codes(exercise.at("/properties/equipment/items/enum")))
                .isEqualTo(codes(Equipment.values(), Equipment::code));
        JsonNode dosage = exercise.at("/properties/dosage/properties");
        assertThat(codes(dosage.at("/side/enum"))).isEqualTo(codes(Side.values(), Side::code));
        assertThat(Map.of("sets", max(dosage, "sets"), "reps", max(dosage, "reps"),
                "holdSeconds", max(dosage, "holdSeconds"), "restSeconds", max(dosage, "restSeconds"),
                "timesPerDay", max(dosage, "timesPerDay"), "note", dosage.at("/note/maxLength").asInt()))
                .isEqualTo(Map.of("sets", Dosage.MAX_SETS, "reps", Dosage.MAX_REPS,
                        "holdSeconds", Dosage.MAX_HOLD_SECONDS, "restSeconds", Dosage.MAX_REST_SECONDS,
                        "timesPerDay", Dosage.MAX_TIMES_PER_DAY, "note", Dosage.MAX_NOTE));
    }

    @Test
    void everyShippedFileMeetsItsSchema() throws IOException {
        YamlSchema exercise = YamlSchema.fromClasspath("catalog/schema/exercise.schema.json");
        YamlSchema advice = YamlSchema.fromClasspath("catalog/schema/advice.schema.json");
        Map<String, YamlSchema> named = Map.of(
                "muscles.yaml", YamlSchema.fromClasspath("catalog/schema/muscles.schema.json"),
                "patterns.yaml", YamlSchema.fromClasspath("catalog/schema/patterns.schema.json"));
        Path root = Path.of("exercises");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String file = root.relativize(path).toString().replace('\\', '/');
                JsonNode document = YAMLMapper.builder().build().readTree(Files.readString(path));
                named.getOrDefault(file, file.startsWith("advice/") ? advice : exercise).problems(document)
                        .forEach(p -> problems.add(file + ": " + p.field() + ": " + p.message()));
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    private static void strictAndDescribed(String file, String at, JsonNode schema, List<String> faults) {
        if (schema.has("properties")) {
            if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
                faults.add(file + " " + at + ": additionalProperties is not false");
            }
            for (String name : schema.get("properties").propertyNames()) {
                JsonNode property = schema.get("properties").get(name);
                if (!property.has("title") || !property.has("description")) {
                    faults.add(file + " " + at + "/properties/" + name + ": no title or description");
                }
            }
        }
        for (String name : schema.propertyNames()) {
            JsonNode child = schema.get(name);
            if (child.isObject()) {
                strictAndDescribed(file, at + "/" + name, child, faults);
            } else if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    if (child.get(i).isObject()) {
                        strictAndDescribed(file, at + "/" + name + "/" + i, child.get(i), faults);
                    }
                }
            }
        }
    }

    private static JsonNode read(String file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(SCHEMAS.resolve(file)));
    }

    private static int max(JsonNode properties, String field) {
        return properties.get(field).get("maximum").asInt();
    }

    private static List<String> codes(JsonNode list) {
        assertThat(list.isArray()).as("an enum list").isTrue();
        return list.valueStream().map(JsonNode::asString).toList();
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
