package app.plumbline.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Writes an exercise in the catalog's file format, so a clinic exercise can join exercises/. */
final class ExerciseYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();

    private ExerciseYaml() {
    }

    static String write(ExerciseDefinition e) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("slug", e.slug());
        file.put("name", e.name());
        file.put("summary", e.summary());
        file.put("kind", e.kind().code());
        file.put("region", e.region().code());
        file.put("level", e.level());
        file.put("equipment", e.equipment().stream().map(Equipment::code).toList());
        file.put("targets", e.targets().stream()
                .map(t -> Map.of("muscle", t.muscleSlug(), "action", t.action().code())).toList());
        file.put("steps", e.steps());
        file.put("cues", e.cues());
        file.put("cautions", e.cautions());
        file.put("contraindications", e.contraindications());
        file.put("dosage", dosage(e.dosage()));
        putIfPresent(file, "progression", e.progression());
        putIfPresent(file, "regression", e.regression());
        if (e.progression() == null && e.regression() == null) {
            file.put("standalone", true); // the catalog's progression graph refuses unmarked orphans
        }
        if (!e.patternLinks().isEmpty()) {
            file.put("patterns", e.patternLinks().stream()
                    .map(l -> Map.of("pattern", l.patternSlug(), "why", l.why())).toList());
        }
        if (!e.references().isEmpty()) {
            file.put("references", e.references());
        }
        putIfPresent(file, "evidence", e.evidence());
        return YAML.writeValueAsString(file);
    }

    private static Map<String, Object> dosage(Dosage d) {
        Map<String, Object> dosage = new LinkedHashMap<>();
        dosage.put("sets", d.sets());
        putIfPresent(dosage, "reps", d.reps());
        putIfPresent(dosage, "holdSeconds", d.holdSeconds());
        putIfPresent(dosage, "restSeconds", d.restSeconds());
        dosage.put("side", d.side().code());
        dosage.put("timesPerDay", d.timesPerDay());
        dosage.put("daysPerWeek", d.daysPerWeek());
        putIfPresent(dosage, "note", d.note());
        if (d.intensity() != null && d.intensity().kind() != null) {
            Intensity i = d.intensity();
            dosage.put("intensity", Map.of(i.kind().code(), switch (i.kind()) {
                case BAND -> i.band().code();
                case RPE -> i.amount().intValue();
                case KG -> i.amount().stripTrailingZeros().scale() <= 0 ? i.amount().intValue() : i.amount();
            }));
        }
        if (d.tempo() != null) {
            Map<String, Object> tempo = new LinkedHashMap<>();
            tempo.put("lift", d.tempo().lift());
            tempo.put("pause", d.tempo().pause());
            tempo.put("lower", d.tempo().lower());
            dosage.put("tempo", tempo);
        }
        return dosage;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
