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
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** A questionnaire file that passed its schema and {@link QuestionnaireRules}, read into its definition. */
final class QuestionnaireYaml {

    private QuestionnaireYaml() {
    }

    static Questionnaire read(JsonNode root) {
        JsonNode licence = root.get("licence");
        JsonNode scale = root.get("scale");
        return new Questionnaire(text(root, "slug"), text(root, "name"), text(root, "shortName"),
                constant(Kind.class, text(root, "kind")), text(root, "measures"), text(root, "instructions"),
                new Licence(text(licence, "status"), licence.get("textsIncluded").booleanValue(), text(licence, "note")),
                new Scale(scale.get("min").intValue(), scale.get("max").intValue(), text(scale, "minLabel"),
                        text(scale, "maxLabel")),
                root.path("patientNamesItems").asBoolean(false),
                root.get("items").valueStream().map(QuestionnaireYaml::item).toList(),
                scoring(root.get("scoring")), threshold(root.get("mcid")), threshold(root.get("mdc")),
                texts(root.get("sources")));
    }

    private static Item item(JsonNode item) {
        return new Item(text(item, "key"), text(item, "text"), text(item, "topic"), item.path("optional").asBoolean(false),
                texts(item.get("options")));
    }

    private static ScoringRule scoring(JsonNode scoring) {
        JsonNode range = scoring.get("range");
        return new ScoringRule(constant(Method.class, text(scoring, "method")), scoring.get("maxMissing").intValue(),
                scoring.path("minAnswered").asInt(1), texts(scoring.get("reverseItems")),
                constant(MultipleTicks.class, scoring.has("multipleTicks") ? text(scoring, "multipleTicks") : "refuse"),
                range.get("min").doubleValue(), range.get("max").doubleValue(),
                constant(Better.class, text(scoring, "better")), text(scoring, "unit"));
    }

    private static Threshold threshold(JsonNode node) {
        return node == null ? null : new Threshold(node.get("value").doubleValue(), text(node, "source"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.stringValue().strip();
    }

    private static List<String> texts(JsonNode list) {
        return list == null ? List.of() : list.valueStream().map(v -> v.stringValue().strip()).toList();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
