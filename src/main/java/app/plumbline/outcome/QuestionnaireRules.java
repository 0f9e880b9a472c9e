package app.plumbline.outcome;

import app.plumbline.base.YamlSchema.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What questionnaire.schema.json cannot say, checked across fields: the scale's ends, one option
 * per answer, item texts present exactly when the licence says they are shipped, item keys used
 * once, reverse items that exist, a sum without blanks, counts within the number of items, a score
 * range that rises. Reads leniently: a value of the wrong shape is the schema's to report.
 */
final class QuestionnaireRules {

    private QuestionnaireRules() {
    }

    static List<Problem> problems(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        JsonNode licence = root.path("licence");
        licence(licence, problems);
        items(root.path("items"), licence, root.path("scale"), problems);
        scoring(root.path("scoring"), root.path("items").size(), keys(root.path("items")), problems);
        return problems;
    }

    private static void licence(JsonNode licence, List<Problem> problems) {
        String note = licence.path("note").asString("");
        if ("licensed".equals(licence.path("status").asString("")) && licence.path("textsIncluded").asBoolean(false)
                && !note.isBlank() && !note.toLowerCase(Locale.ROOT).contains("licen")) {
            problems.add(new Problem("licence.note", "a licensed measure with texts must say whose licence covers them"));
        }
    }

    private static void items(JsonNode items, JsonNode licence, JsonNode scale, List<Problem> problems) {
        JsonNode min = scale.path("min");
        JsonNode max = scale.path("max");
        boolean scaleKnown = min.isIntegralNumber() && max.isIntegralNumber();
        if (scaleKnown && max.intValue() <= min.intValue()) {
            problems.add(new Problem("scale.max", max.intValue() + " must be above scale.min (" + min.intValue() + ")"));
        }
        JsonNode textsIncluded = licence.path("textsIncluded");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "]";
            JsonNode item = items.get(i);
            String key = item.path("key").asString(null);
            if (key != null && !keys.add(key)) {
                problems.add(new Problem(at + ".key", "'" + key + "' must be a lower-case slug, used once"));
            }
            boolean hasText = item.path("text").isString();
            JsonNode options = item.path("options");
            int answers = scaleKnown ? max.intValue() - min.intValue() + 1 : -1;
            if (options.isArray() && answers > 0 && options.size() != answers) {
                problems.add(new Problem(at + ".options", "needs one statement per answer from " + min.intValue()
                        + " to " + max.intValue() + " (" + answers + "), has " + options.size()));
            }
            if (textsIncluded.isBoolean() && textsIncluded.booleanValue() && !hasText) {
                problems.add(new Problem(at + ".text", "missing (licence.textsIncluded is true)"));
            }
            if (textsIncluded.isBoolean() && !textsIncluded.booleanValue() && (hasText || !options.isMissingNode())) {
                problems.add(new Problem(at + ".text",
                        "must be absent: licence.textsIncluded is false (the texts are not shipped)"));
            }
            if (!hasText && !item.path("topic").isString()) {
                problems.add(new Problem(at, "needs a text or, for a measure whose texts are not shipped, a topic"));
            }
        }
    }

    private static void scoring(JsonNode scoring, int items, Set<String> keys, List<Problem> problems) {
        JsonNode maxMissing = scoring.path("maxMissing");
        if (maxMissing.isIntegralNumber()) {
            if ("sum".equals(scoring.path("method").asString("")) && maxMissing.intValue() != 0) {
                problems.add(new Problem("scoring.maxMissing", "a sum cannot leave items blank: must be 0"));
            } else if (maxMissing.intValue() > Math.max(0, items - 1)) {
                problems.add(new Problem("scoring.maxMissing", maxMissing.intValue() + " is outside 0 to "
                        + Math.max(0, items - 1)));
            }
        }
        JsonNode minAnswered = scoring.path("minAnswered");
        if (minAnswered.isIntegralNumber() && minAnswered.intValue() > Math.max(1, items)) {
            problems.add(new Problem("scoring.minAnswered", minAnswered.intValue() + " is outside 1 to "
                    + Math.max(1, items)));
        }
        JsonNode reverse = scoring.path("reverseItems");
        for (int i = 0; i < reverse.size(); i++) {
            if (!keys.contains(reverse.get(i).asString(""))) {
                problems.add(new Problem("scoring.reverseItems[" + i + "]", "'" + reverse.get(i) + "' is not an item key"));
            }
        }
        JsonNode range = scoring.path("range");
        if (range.path("min").isNumber() && range.path("max").isNumber()
                && range.path("max").doubleValue() <= range.path("min").doubleValue()) {
            problems.add(new Problem("scoring.range", "needs numbers min and max, max above min"));
        }
    }

    private static Set<String> keys(JsonNode items) {
        Set<String> keys = new HashSet<>();
        items.valueStream().forEach(item -> keys.add(item.path("key").asString("")));
        return keys;
    }
}
