package app.plumbline.catalog.importer;

import app.plumbline.catalog.Band;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Tempo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads a dosage's optional {@code intensity: {rpe | band | kg}} (exactly one) and
 * {@code tempo: {lift, pause, lower}} mappings, naming the sub-field of every problem.
 */
final class IntensityTempoReader {

    private static final List<String> INTENSITY_FIELDS = List.of("rpe", "band", "kg");

    private IntensityTempoReader() {
    }

    static Intensity intensity(YamlFields dosage) {
        if (!dosage.has("intensity")) {
            return null;
        }
        YamlFields intensity = dosage.object("intensity");
        if (intensity == null) {
            return null;
        }
        intensity.allowOnly(Set.copyOf(INTENSITY_FIELDS));
        List<String> given = INTENSITY_FIELDS.stream().filter(intensity::has).toList();
        if (given.size() != 1) {
            dosage.problem("intensity", "give exactly one of rpe, band or kg"
                    + (given.isEmpty() ? "" : " (has " + String.join(", ", given) + ")"));
            return null;
        }
        return switch (given.getFirst()) {
            case "rpe" -> {
                Integer rpe = intensity.integer("rpe", true, 0, Intensity.MAX_RPE);
                yield rpe == null ? null : Intensity.rpe(rpe);
            }
            case "band" -> {
                Band band = intensity.code("band", true, Band::fromCode,
                        YamlFields.codes(Band.values(), Band::code));
                yield band == null ? null : Intensity.band(band);
            }
            default -> kg(intensity);
        };
    }

    private static Intensity kg(YamlFields intensity) {
        JsonNode value = intensity.node().get("kg");
        BigDecimal kg = value.isNumber() ? value.decimalValue() : null;
        if (kg == null || kg.compareTo(Intensity.MIN_KG) < 0 || kg.compareTo(Intensity.MAX_KG) > 0
                || kg.stripTrailingZeros().scale() > 1) {
            intensity.problem("kg", "'" + (value.isString() ? value.stringValue() : value.toString())
                    + "' must be a number from 0.5 to 100 with at most one decimal");
            return null;
        }
        return Intensity.kg(kg);
    }

    static Tempo tempo(YamlFields dosage) {
        if (!dosage.has("tempo")) {
            return null;
        }
        YamlFields tempo = dosage.object("tempo");
        if (tempo == null) {
            return null;
        }
        tempo.allowOnly(Set.of("lift", "pause", "lower"));
        Integer lift = tempo.integer("lift", true, 1, Tempo.MAX_SECONDS);
        Integer pause = tempo.integer("pause", false, 0, Tempo.MAX_SECONDS);
        Integer lower = tempo.integer("lower", true, 1, Tempo.MAX_SECONDS);
        return Stream.of(lift, lower).anyMatch(v -> v == null) ? null : new Tempo(lift, pause, lower);
    }
}
