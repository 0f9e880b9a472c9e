package app.plumbline.catalog.importer;

import app.plumbline.catalog.Band;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Tempo;
import tools.jackson.databind.JsonNode;

/**
 * Reads a dosage's optional {@code intensity: {rpe | band | kg}} and {@code tempo: {lift, pause,
 * lower}} mappings. The catalog's JSON Schema has checked their shape and ranges (exactly one
 * intensity kind, whole seconds, kg to one decimal) and named every problem; this only reads.
 */
final class IntensityTempoReader {

    private IntensityTempoReader() {
    }

    static Intensity intensity(YamlFields dosage) {
        YamlFields intensity = dosage.object("intensity");
        if (intensity == null) {
            return null;
        }
        if (intensity.has("rpe")) {
            Integer rpe = intensity.integer("rpe");
            return rpe == null ? null : Intensity.rpe(rpe);
        }
        if (intensity.has("band")) {
            Band band = intensity.code("band", Band::fromCode);
            return band == null ? null : Intensity.band(band);
        }
        JsonNode kg = intensity.node().get("kg");
        return kg != null && kg.isNumber() ? Intensity.kg(kg.decimalValue()) : null;
    }

    static Tempo tempo(YamlFields dosage) {
        YamlFields tempo = dosage.object("tempo");
        if (tempo == null) {
            return null;
        }
        Integer lift = tempo.integer("lift");
        Integer lower = tempo.integer("lower");
        return lift == null || lower == null ? null : new Tempo(lift, tempo.integer("pause"), lower);
    }
}
