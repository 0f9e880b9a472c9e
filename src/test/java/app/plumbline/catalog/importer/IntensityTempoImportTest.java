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

    @Test
    void refusesValuesOutOfRange() {
        assertThat(problems(withDosageExtras("intensity: {rpe: 11}")))
                .containsExactly(FILE + ": dosage.intensity.rpe: 11 is outside 0 to 10");
        assertThat(problems(withDosageExtras("intensity: {rpe: -1}")))
                .containsExactly(FILE + ": dosage.intensity.rpe: -1 is outside 0 to 10");
        assertThat(problems(withDosageExtras("intensity: {kg: 0.4}")))
                .containsExactly(FILE + ": dosage.intensity.kg: '0.4' must be a number from 0.5 to 100 with at most one decimal");
        assertThat(problems(withDosageExtras("intensity: {kg: 2.25}"))).singleElement().asString()
                .startsWith(FILE + ": dosage.intensity.kg: '2.25'");
        assertThat(problems(withDosageExtras("intensity: {kg: 100.5}"))).hasSize(1);
        assertThat(problems(withDosageExtras("intensity: {band: purple}"))).singleElement().asString()
                .startsWith(FILE + ": dosage.intensity.band: 'purple' is not one of: tan, yellow, red, green, blue, black");
        assertThat(problems(withDosageExtras("tempo: {lift: 0, lower: 11}"))).containsExactly(
                FILE + ": dosage.tempo.lift: 0 is outside 1 to 10", FILE + ": dosage.tempo.lower: 11 is outside 1 to 10");
    }

    @Test
    void refusesTwoIntensitiesAMissingLiftAndUnknownSubFields() {
        assertThat(problems(withDosageExtras("intensity: {rpe: 6, kg: 2}")))
                .containsExactly(FILE + ": dosage.intensity: give exactly one of rpe, band or kg (has rpe, kg)");
        assertThat(problems(withDosageExtras("intensity: {}")))
                .containsExactly(FILE + ": dosage.intensity: give exactly one of rpe, band or kg");
        assertThat(problems(withDosageExtras("tempo: {pause: 1, lower: 3}")))
                .containsExactly(FILE + ": dosage.tempo.lift: missing");
        assertThat(problems(withDosageExtras("tempo: {lift: 2, lower: 3, hold: 1}"))).singleElement().asString()
                .startsWith(FILE + ": dosage.tempo.hold: unknown field (allowed: lift, lower, pause)");
        assertThat(problems(withDosageExtras("intensity: {rpe: 6, colour: red}"))).singleElement().asString()
                .startsWith(FILE + ": dosage.intensity.colour: unknown field (allowed: band, kg, rpe)");
        assertThat(problems(withDosageExtras("tempo: slow"))).containsExactly(FILE + ": dosage.tempo: must be a mapping");
    }

    private static List<String> problems(CatalogFixture fixture) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, fixture::parse);
        assertThat(e).as("the catalog should have been refused").isNotNull();
        return e.problems();
    }
}
