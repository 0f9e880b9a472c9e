package app.plumbline.outcome;

import java.util.List;
import java.util.Optional;

/**
 * One outcome measure as its file in questionnaires/ defines it (see the JSON Schema there). Read
 * once at start-up; never stored in the database, only its slug is.
 */
public record Questionnaire(String slug, String name, String shortName, Kind kind, String measures, String instructions,
        Licence licence, Scale scale, boolean patientNamesItems, List<Item> items, ScoringRule scoring,
        Threshold mcid, Threshold mdc, List<String> sources) {

    public Questionnaire {
        items = List.copyOf(items);
        sources = List.copyOf(sources);
    }

    /** Patients can answer it: its item texts are present (shipped free, or imported by a licensed clinic). */
    public boolean answerable() {
        return licence.textsIncluded();
    }

    public Optional<Item> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** What sort of outcome: rules that read outcomes pick measures by kind, never by name. */
    public enum Kind { PAIN, FUNCTION, BELIEFS, ADHERENCE }

    public record Licence(String status, boolean textsIncluded, String note) {
    }

    public record Scale(int min, int max, String minLabel, String maxLabel) {

        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    /** text is null for a licensed measure whose texts are not shipped; options one per answer value, or empty. */
    public record Item(String key, String text, String topic, boolean optional, List<String> options) {

        public Item {
            options = options == null ? List.of() : List.copyOf(options);
        }

        /** The text the patient reads, or the neutral topic when the texts are not shipped. */
        public String label() {
            return text != null ? text : topic;
        }
    }

    public enum Method { SUM, MEAN, PERCENT }

    public enum Better { LOWER, HIGHER }

    public enum MultipleTicks { REFUSE, HIGHEST }

    public record ScoringRule(Method method, int maxMissing, int minAnswered, List<String> reverseItems,
            MultipleTicks multipleTicks, double rangeMin, double rangeMax, Better better, String unit) {

        public ScoringRule {
            reverseItems = reverseItems == null ? List.of() : List.copyOf(reverseItems);
        }
    }

    /** A change of at least value score points, with where the number comes from. */
    public record Threshold(double value, String source) {
    }
}
