package app.plumbline.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.plumbline.catalog.Band;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseDefinition;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Tempo;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional {@code dosage.intensity} and {@code dosage.tempo} mappings of an exercise file. */
class IntensityTempoImportTest {

    private static final String FILE = "neck/chin-tuck.yaml";

    private static CatalogFixture withDosageExtras(String extras) {
        return new CatalogFixture().replace(FILE, "daysPerWeek: 7}", "daysPerWeek: 7, " + extras + "}");
    }

    private static Dosage chinTuckDosage(CatalogFixture fixture) {
        return fixture.parse().exercises().stream().filter(e -> e.slug().equals("chin-tuck")).findFirst()
                .map(ExerciseDefinition::dosage).orElseThrow();
    }

    @Test
    void readsEachKindOfIntensityAndATempo() {
        Dosage kg = chinTuckDosage(withDosageExtras("intensity: {kg: 2.5}, tempo: {lift: 2, pause: 1, lower: 3}"));
        assertThat(kg.intensity()).isEqualTo(Intensity.kg(new BigDecimal("2.5")));
        assertThat(kg.tempo()).isEqualTo(new Tempo(2, 1, 3));
        assertThat(chinTuckDosage(withDosageExtras("intensity: {rpe: 6}")).intensity()).isEqualTo(Intensity.rpe(6));
        assertThat(chinTuckDosage(withDosageExtras("intensity: {band: red}")).intensity())
                .isEqualTo(Intensity.band(Band.RED));
        assertThat(chinTuckDosage(withDosageExtras("tempo: {lift: 3, lower: 3}")).tempo()).isEqualTo(new Tempo(3, 0, 3));
        assertThat(chinTuckDosage(new CatalogFixture()).intensity()).isNull();
        assertThat(chinTuckDosage(new CatalogFixture()).tempo()).isNull();
    }

    /** The catalog's JSON Schema words the messages (CatalogParserTest checks them); here: each at its field. */
    @Test
    void refusesValuesOutOfRange() {
        assertThat(problems(withDosageExtras("intensity: {rpe: 11}")))
                .containsExactly(FILE + ": dosage.intensity.rpe: 11 is outside 0 to 10");
        assertThat(problems(withDosageExtras("intensity: {rpe: -1}")))
                .containsExactly(FILE + ": dosage.intensity.rpe: -1 is outside 0 to 10");
        assertThat(problems(withDosageExtras("intensity: {kg: 0.4}")))
                .containsExactly(FILE + ": dosage.intensity.kg: 0.4 is outside 0.5 to 100");
        assertOneAt("intensity: {kg: 2.25}", "dosage.intensity.kg");
        assertOneAt("intensity: {kg: 100.5}", "dosage.intensity.kg");
        assertOneAt("intensity: {band: purple}", "dosage.intensity.band");
        assertThat(problems(withDosageExtras("tempo: {lift: 0, lower: 11}"))).containsExactly(
                FILE + ": dosage.tempo.lift: 0 is outside 1 to 10", FILE + ": dosage.tempo.lower: 11 is outside 1 to 10");
    }

    @Test
    void refusesTwoIntensitiesAMissingLiftAndUnknownSubFields() {
        assertOneAt("intensity: {rpe: 6, kg: 2}", "dosage.intensity");
        assertOneAt("intensity: {}", "dosage.intensity");
        assertOneAt("tempo: {pause: 1, lower: 3}", "dosage.tempo");
        assertOneAt("tempo: {lift: 2, lower: 3, hold: 1}", "dosage.tempo");
        assertThat(problems(withDosageExtras("intensity: {rpe: 6, colour: red}")))
                .contains(FILE + ": dosage.intensity.colour: unknown field (allowed: band, kg, rpe)");
        assertOneAt("tempo: slow", "dosage.tempo");
    }

    private static void assertOneAt(String extras, String field) {
        assertThat(problems(withDosageExtras(extras))).as(extras).singleElement().asString()
                .startsWith(FILE + ": " + field);
    }

    private static List<String> problems(CatalogFixture fixture) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, fixture::parse);
        assertThat(e).as("the catalog should have been refused").isNotNull();
        return e.problems();
    }
}
