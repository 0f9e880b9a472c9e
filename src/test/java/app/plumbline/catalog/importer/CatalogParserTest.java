package app.plumbline.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.plumbline.catalog.Action;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Equipment;
import app.plumbline.catalog.ExerciseDefinition;
import app.plumbline.catalog.PatternMuscle;
import app.plumbline.catalog.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogParserTest {

    @Test
    void readsAValidCatalog() {
        ParsedCatalog catalog = new CatalogFixture().parse();

        assertThat(catalog.muscles()).hasSize(2);
        assertThat(catalog.patterns()).singleElement().satisfies(p -> {
            assertThat(p.overactive()).extracting(PatternMuscle::muscleSlug).containsExactly("upper-trapezius");
            assertThat(p.underactive()).extracting(PatternMuscle::why).containsExactly("Lengthened and weak.");
        });
        assertThat(catalog.exercises()).extracting(ExerciseDefinition::slug)
                .containsExactlyInAnyOrder("chin-tuck", "chin-tuck-press", "side-neck-stretch");
        ExerciseDefinition chinTuck = catalog.exercises().stream().filter(e -> e.slug().equals("chin-tuck"))
                .findFirst().orElseThrow();
        assertThat(chinTuck.dosage()).isEqualTo(new Dosage(2, 10, 5, null, Side.NONE, 2, 7, null));
        assertThat(chinTuck.kind()).isEqualTo(Action.ACTIVATE);
        assertThat(chinTuck.equipment()).containsExactly(Equipment.CHAIR);
        assertThat(catalog.exerciseHashes()).containsKeys("chin-tuck", "side-neck-stretch");
    }

    @Test
    void malformedYamlNamesTheFile() {
        assertThat(problems(new CatalogFixture().put("neck/chin-tuck.yaml", "slug: [unclosed\nname: x")))
                .anySatisfy(p -> assertThat(p).startsWith("neck/chin-tuck.yaml: (file): malformed YAML"));
    }

    @Test
    void unknownMuscleAndPatternReferences() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "muscle: deep-neck-flexors", "muscle: deep-neck-flexor")
                .replace("patterns.yaml", "overactive: [upper-trapezius]", "overactive: [upper-traps]")
                .replace("neck/side-neck-stretch.yaml", "level: 2", "level: 2\npatterns:\n  - {pattern: jaw, why: x}");

        assertThat(problems(fixture)).contains(
                "neck/chin-tuck.yaml: targets[0].muscle: unknown muscle 'deep-neck-flexor' (not in muscles.yaml)",
                "patterns.yaml: patterns[0].overactive[0]: unknown muscle 'upper-traps' (not in muscles.yaml)",
                "neck/side-neck-stretch.yaml: patterns[0].pattern: unknown pattern 'jaw' (not in patterns.yaml)");
    }

    @Test
    void progressionCycleAndUnknownProgression() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck-press.yaml", "regression: chin-tuck", "regression: chin-tuck\nprogression: chin-tuck")
                .replace("neck/side-neck-stretch.yaml", "level: 2", "level: 2\nprogression: no-such-exercise");

        assertThat(problems(fixture))
                .contains("neck/side-neck-stretch.yaml: progression: unknown exercise 'no-such-exercise'")
                .anySatisfy(p -> assertThat(p).startsWith("neck/chin-tuck.yaml: progression: leads in a circle: "
                        + "chin-tuck → chin-tuck-press → chin-tuck"));
    }

    @Test
    void progressionLinksAreMutualAndRiseInLevel() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck-press.yaml", "regression: chin-tuck", "")
                .exercise("neck", "chin-tuck-lying", "deep-neck-flexors", "activate", null, "chin-tuck")
                .replace("neck/chin-tuck-lying.yaml", "level: 2", "level: 1");

        assertThat(problems(fixture)).contains(
                "neck/chin-tuck.yaml: progression: 'chin-tuck-press' names no exercise as its regression, not this "
                        + "exercise; make the link mutual",
                "neck/chin-tuck-lying.yaml: regression: 'chin-tuck' names 'chin-tuck-press' as its progression, not "
                        + "this exercise; make the link mutual",
                "neck/chin-tuck-lying.yaml: regression: 'chin-tuck' is level 2, not below this exercise's level 1");
    }

    @Test
    void theLevelRisesStrictlyAlongAProgression() {
        var fixture = new CatalogFixture().replace("neck/chin-tuck-press.yaml", "level: 3", "level: 2");

        assertThat(problems(fixture)).containsExactly(
                "neck/chin-tuck.yaml: progression: 'chin-tuck-press' is level 2, not above this exercise's level 2");
    }

    @Test
    void anOrphanMustSayStandaloneAndAStandaloneExerciseHasNoLinks() {
        var fixture = new CatalogFixture()
                .replace("neck/side-neck-stretch.yaml", "standalone: true\n", "")
                .replace("neck/chin-tuck.yaml", "equipment:", "standalone: true\nequipment:");

        assertThat(problems(fixture)).containsExactlyInAnyOrder(
                "neck/side-neck-stretch.yaml: progression: has neither a progression nor a regression; link it to an "
                        + "easier or harder exercise, or say standalone: true",
                "neck/chin-tuck.yaml: standalone: is true but the exercise has a progression");
        assertThat(problems(new CatalogFixture().replace("neck/side-neck-stretch.yaml", "standalone: true",
                "standalone: yes"))).contains("neck/side-neck-stretch.yaml: standalone: must be true or false");
    }

    @Test
    void aProgressionThatAddsAContraindicationMustBeAcknowledged() {
        var fixture = new CatalogFixture().replace("neck/chin-tuck-press.yaml", "steps:",
                "contraindications: [Recent neck surgery.]\nsteps:");
        assertThat(problems(fixture)).singleElement().asString().startsWith(
                "neck/chin-tuck.yaml: progression: 'chin-tuck-press' adds contraindications this exercise lacks "
                        + "(Recent neck surgery.)");

        assertThat(fixture.replace("neck/chin-tuck.yaml", "equipment:",
                "progressionAddsContraindication: acknowledged\nequipment:").parse().exercises()).hasSize(3);
        assertThat(problems(new CatalogFixture().replace("neck/chin-tuck.yaml", "equipment:",
                "progressionAddsContraindication: acknowledged\nequipment:"))).containsExactly(
                "neck/chin-tuck.yaml: progressionAddsContraindication: 'chin-tuck-press' adds no contraindication; "
                        + "remove the field");
        assertThat(problems(new CatalogFixture().replace("neck/chin-tuck.yaml", "equipment:",
                "progressionAddsContraindication: yes please\nequipment:"))).contains(
                "neck/chin-tuck.yaml: progressionAddsContraindication: 'yes please' must be 'acknowledged'");
        var listedOnBoth = new CatalogFixture()
                .replace("neck/chin-tuck-press.yaml", "steps:", "contraindications: [Recent neck surgery.]\nsteps:")
                .replace("neck/chin-tuck.yaml", "steps:", "contraindications: [recent  neck surgery.]\nsteps:");
        assertThat(listedOnBoth.parse().exercises()).hasSize(3);
    }

    @Test
    void missingOrMalformedOrUnsafeIllustration() {
        var fixture = new CatalogFixture()
                .put("img/chin-tuck.svg", "<svg viewBox='0 0 1 1'><circle></svg>")
                .put("img/side-neck-stretch.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'>"
                        + "<script>alert(1)</script></svg>");
        fixture.files.remove("img/chin-tuck-press.svg");

        assertThat(problems(fixture))
                .contains("neck/chin-tuck-press.yaml: illustration: missing img/chin-tuck-press.svg",
                        "neck/side-neck-stretch.yaml: illustration: img/side-neck-stretch.svg: "
                                + "<script> is not allowed in an illustration")
                .anySatisfy(p -> assertThat(p).startsWith(
                        "neck/chin-tuck.yaml: illustration: img/chin-tuck.svg: not well-formed XML"));
    }

    @Test
    void wrongTypesAndValuesAndUnknownFields() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "level: 2", "level: three\nholdSecond: 5")
                .replace("neck/chin-tuck.yaml", "kind: activate", "kind: wiggle")
                .replace("neck/chin-tuck.yaml", "sets: 2", "sets: 40")
                .replace("neck/side-neck-stretch.yaml", "steps: [Sit tall., Move., Return.]", "steps: Sit tall.");

        assertThat(problems(fixture)).contains(
                "neck/chin-tuck.yaml: level: must be a whole number from 1 to 5",
                "neck/chin-tuck.yaml: dosage.sets: 40 is outside 1 to 10",
                "neck/side-neck-stretch.yaml: steps: must be a list")
                .anySatisfy(p -> assertThat(p).startsWith("neck/chin-tuck.yaml: holdSecond: unknown field"))
                .anySatisfy(p -> assertThat(p).startsWith("neck/chin-tuck.yaml: kind: 'wiggle' is not one of: release"));
    }

    @Test
    void typicalMistakesAreNamedByFileFieldAndMessage() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "holdSeconds: 5", "holdSecond: 5")
                .replace("neck/chin-tuck.yaml", "side: none", "side: sometimes")
                .replace("neck/chin-tuck-press.yaml", "reps: 10", "reps: 0")
                .replace("neck/chin-tuck-press.yaml", "summary: A summary.\n", "")
                .replace("neck/side-neck-stretch.yaml", "level: 2",
                        "level: 2\npatterns:\n  - {pattern: forward-head-posture, why: Eases the neck, gently.}");

        assertThat(problems(fixture)).containsExactlyInAnyOrder(
                "neck/chin-tuck.yaml: dosage.holdSecond: unknown field (allowed: daysPerWeek, holdSeconds, intensity, "
                        + "note, reps, restSeconds, sets, side, tempo, timesPerDay)",
                "neck/chin-tuck.yaml: dosage.side: 'sometimes' is not one of: none, both, left, right, alternating",
                "neck/chin-tuck-press.yaml: dosage.reps: 0 is outside 1 to 100",
                "neck/chin-tuck-press.yaml: summary: missing",
                "neck/side-neck-stretch.yaml: patterns[0].gently.: unknown field (allowed: pattern, why); if it is the "
                        + "rest of a text after a comma inside { }, put the whole text in quotes");
    }

    @Test
    void intensityIsExactlyOneKindAndTempoNeedsLiftAndLower() {
        var twoKinds = new CatalogFixture().replace("neck/chin-tuck.yaml", "daysPerWeek: 7}",
                "daysPerWeek: 7, intensity: {rpe: 6, band: red}, tempo: {lift: 2, pause: 11}}");
        assertThat(problems(twoKinds)).containsExactlyInAnyOrder(
                "neck/chin-tuck.yaml: dosage.intensity: give exactly one of: rpe, band, kg (has rpe, band)",
                "neck/chin-tuck.yaml: dosage.tempo.lower: missing",
                "neck/chin-tuck.yaml: dosage.tempo.pause: 11 is outside 0 to 10");
        var badValues = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "daysPerWeek: 7}", "daysPerWeek: 7, intensity: {band: purple}}")
                .replace("neck/chin-tuck-press.yaml", "daysPerWeek: 7}", "daysPerWeek: 7, intensity: {kg: 2.25}}");
        assertThat(problems(badValues)).containsExactlyInAnyOrder(
                "neck/chin-tuck.yaml: dosage.intensity.band: 'purple' is not one of: tan, yellow, red, green, blue, "
                        + "black, silver, gold",
                "neck/chin-tuck-press.yaml: dosage.intensity.kg: 2.25 must be in steps of 0.1");

        assertThat(new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "daysPerWeek: 7}",
                        "daysPerWeek: 7, intensity: {kg: 2.5}, tempo: {lift: 2, lower: 3, pause: 0}}")
                .replace("neck/chin-tuck-press.yaml", "daysPerWeek: 7}", "daysPerWeek: 7, intensity: {rpe: 0}}")
                .parse().exercises()).hasSize(3);
    }

    @Test
    void duplicateSlugsAndFileNameMismatch() {
        var fixture = new CatalogFixture()
                .put("jaw/chin-tuck.yaml", new String(new CatalogFixture().files.get("neck/chin-tuck.yaml"))
                        .replace("region: neck", "region: jaw"))
                .replace("neck/side-neck-stretch.yaml", "slug: side-neck-stretch", "slug: neck-stretch")
                .replace("muscles.yaml", "  - {slug: deep-neck-flexors", "  - {slug: upper-trapezius, name: X, region: neck}\n  - {slug: deep-neck-flexors");

        assertThat(problems(fixture)).contains(
                "neck/chin-tuck.yaml: slug: 'chin-tuck' is used by another exercise file",
                "neck/side-neck-stretch.yaml: slug: 'neck-stretch' must equal the file name 'side-neck-stretch'",
                "muscles.yaml: muscles[1].slug: 'upper-trapezius' is listed twice");
    }

    @Test
    void regionMustMatchFolderAndDosageNeedsRepsOrHold() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "region: neck", "region: jaw")
                .replace("neck/side-neck-stretch.yaml", "reps: 10, holdSeconds: 5, ", "");

        assertThat(problems(fixture)).contains(
                "neck/chin-tuck.yaml: region: 'jaw' does not match the folder 'neck'",
                "neck/side-neck-stretch.yaml: dosage.reps: give reps, holdSeconds, or both");
    }

    @Test
    void listsEveryProblemNotJustTheFirst() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "level: 2", "level: 9")
                .replace("neck/side-neck-stretch.yaml", "kind: stretch", "kind: yoga")
                .put("notes.txt", "ignored");
        fixture.files.remove("img/chin-tuck-press.svg");

        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, fixture::parse);
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).contains("3 problem(s); nothing was imported");
    }

    private static final String ADVICE = """
            slug: screen-at-eye-level
            title: Screen at eye level
            text: Set the top of your screen at about eye level.
            patterns:
              - {pattern: forward-head-posture, why: A low screen invites the head forward.}
            evidence: Weak.
            """;

    @Test
    void readsAnAdviceItem() {
        ParsedCatalog catalog = new CatalogFixture().put("advice/screen-at-eye-level.yaml", ADVICE + """
                references:
                  - A real source (2020).
                """).parse();

        assertThat(catalog.advice()).singleElement().satisfies(a -> {
            assertThat(a.slug()).isEqualTo("screen-at-eye-level");
            assertThat(a.title()).isEqualTo("Screen at eye level");
            assertThat(a.patterns()).extracting(app.plumbline.catalog.PatternLink::patternSlug)
                    .containsExactly("forward-head-posture");
            assertThat(a.references()).containsExactly("A real source (2020).");
            assertThat(a.evidence()).isEqualTo("Weak.");
        });
        assertThat(catalog.exercises()).hasSize(3);
    }

    @Test
    void adviceWithAnUnknownFieldOrPatternIsRefused() {
        var fixture = new CatalogFixture()
                .put("advice/screen-at-eye-level.yaml", ADVICE + "dosage: {reps: 3}\n")
                .put("advice/phone-off-the-shoulder.yaml", ADVICE.replace("screen-at-eye-level", "phone")
                        .replace("pattern: forward-head-posture", "pattern: head-tilt"));

        assertThat(problems(fixture))
                .anySatisfy(p -> assertThat(p).startsWith("advice/screen-at-eye-level.yaml: dosage: unknown field"))
                .contains("advice/phone-off-the-shoulder.yaml: slug: 'phone' must equal the file name 'phone-off-the-shoulder'",
                "advice/phone-off-the-shoulder.yaml: patterns[0].pattern: unknown pattern 'head-tilt' "
                        + "(not in patterns.yaml)");
    }

    @Test
    void adviceNeedsAReferenceOrAnEvidenceStatement() {
        var fixture = new CatalogFixture().put("advice/screen-at-eye-level.yaml", ADVICE.replace("evidence: Weak.\n", ""));

        assertThat(problems(fixture))
                .contains("advice/screen-at-eye-level.yaml: references: give references, evidence, or both");
    }

    @Test
    void anExerciseReadsItsEvidenceStatement() {
        ParsedCatalog catalog = new CatalogFixture().replace("neck/chin-tuck.yaml",
                "evidence: No trial has tested this exercise on its own.", "references: [A real source.]").parse();

        assertThat(catalog.exercises()).filteredOn(e -> e.slug().equals("chin-tuck")).singleElement()
                .satisfies(e -> {
                    assertThat(e.references()).containsExactly("A real source.");
                    assertThat(e.evidence()).isNull();
                });
        assertThat(catalog.exercises()).filteredOn(e -> e.slug().equals("side-neck-stretch")).singleElement()
                .satisfies(e -> assertThat(e.evidence()).isEqualTo("No trial has tested this exercise on its own."));
    }

    @Test
    void anExerciseNeedsAReferenceOrAnEvidenceStatement() {
        var fixture = new CatalogFixture()
                .replace("neck/chin-tuck.yaml", "evidence: No trial has tested this exercise on its own.\n", "")
                .replace("neck/side-neck-stretch.yaml", "evidence: No trial has tested this exercise on its own.",
                        "references: []");

        assertThat(problems(fixture)).containsExactlyInAnyOrder(
                "neck/chin-tuck.yaml: references: give references, evidence, or both",
                "neck/side-neck-stretch.yaml: references: needs 1 to 8 items, has 0");
    }

    @Test
    void anExercisesEvidenceStatementIsShort() {
        var fixture = new CatalogFixture().replace("neck/chin-tuck.yaml",
                "evidence: No trial has tested this exercise on its own.", "evidence: " + "x".repeat(401));

        assertThat(problems(fixture)).singleElement().asString().startsWith("neck/chin-tuck.yaml: evidence: ");
    }

    private static List<String> problems(CatalogFixture fixture) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class, fixture::parse);
        assertThat(e).as("the catalog should have been refused").isNotNull();
        return e.problems();
    }
}
