package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.importer.CatalogParser;
import app.plumbline.catalog.importer.ParsedCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog in exercises/ as shipped: valid, large enough, and every pattern served on both sides. */
class ShippedCatalogTest {

    private static ParsedCatalog catalog;
    private static List<ExerciseCard> cards;

    @BeforeAll
    static void parseShippedCatalog() throws IOException {
        Path root = Path.of("exercises");
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        catalog = new CatalogParser().parse(files);
        cards = catalog.exercises().stream().map(e -> ExerciseCard.of(null, null, e)).toList();
    }

    @Test
    void isLargeEnough() {
        assertThat(catalog.exercises()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(catalog.patterns()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void adviceCoversTheEverydayTopicsAndEachItemCitesOrSaysHowWeakTheEvidenceIs() {
        assertThat(catalog.advice()).hasSizeBetween(10, 14);
        assertThat(catalog.advice()).extracting(AdviceDefinition::slug).contains("screen-at-eye-level",
                "hourly-movement-breaks", "sleeping-position-and-pillow", "phone-off-the-shoulder", "chewing-evenly");
        assertThat(catalog.advice()).allSatisfy(a -> assertThat(a.references().isEmpty() && a.evidence() == null)
                .as(a.slug() + " cites a source or states the evidence").isFalse());
    }

    @Test
    void everyExerciseCitesASourceOrSaysPlainlyWhatIsKnown() {
        assertThat(catalog.exercises()).allSatisfy(e -> assertThat(e.references().isEmpty() && e.evidence() == null)
                .as(e.slug() + " cites a source or states the evidence").isFalse());
    }

    @Test
    void alternatingSideChewingDoesNotSuggestChewingGum() {
        ExerciseDefinition chewing = catalog.exercises().stream()
                .filter(e -> e.slug().equals("alternating-side-chewing")).findFirst().orElseThrow();
        List<String> text = Stream.of(List.of(chewing.summary()), chewing.steps(), chewing.cues(),
                List.of(chewing.dosage().note())).flatMap(List::stream).toList();
        assertThat(text).noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("gum"));
    }

    @Test
    void everyPatternHasAtLeastThreeExercisesOnEachSide() {
        for (PatternDefinition pattern : catalog.patterns()) {
            Map<FitReason.Side, Long> sides = cards.stream()
                    .flatMap(card -> PatternFit.reasons(card, pattern, Map.of()).stream()
                            .map(FitReason::side).distinct())
                    .collect(Collectors.groupingBy(side -> side, Collectors.counting()));
            assertThat(sides.getOrDefault(FitReason.Side.OVERACTIVE, 0L))
                    .as("exercises for the overactive muscles of " + pattern.slug()).isGreaterThanOrEqualTo(3);
            assertThat(sides.getOrDefault(FitReason.Side.UNDERACTIVE, 0L))
                    .as("exercises for the underactive muscles of " + pattern.slug()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void noExerciseBothHelpsAndWorksAgainstAPattern() {
        assertThat(PatternFit.conflicts(cards, catalog.patterns(), Map.of())).isEmpty();
    }

    @Test
    void theFindingsOfCatalogReviewTwoStayFixed() {
        PatternDefinition anterior = pattern("anterior-pelvic-tilt");
        assertThat(PatternFit.fits(card("standing-knee-lift"), anterior)).isFalse();
        assertThat(PatternFit.fits(card("standing-knee-lift"), pattern("lower-crossed-syndrome"))).isFalse();
        for (String extension : List.of("prone-press-up", "prone-on-elbows", "standing-lumbar-extension")) {
            assertThat(PatternFit.fits(card(extension), pattern("thoracic-hyperkyphosis"))).as(extension).isFalse();
            assertThat(PatternFit.fits(card(extension), pattern("swayback"))).as(extension).isFalse();
        }
        assertThat(exercise("bird-dog").progression()).isNotEqualTo("prone-back-extension");
        for (String slug : List.of("lower-trunk-rotation", "childs-pose", "quadruped-rocking", "cat-camel-thoracic")) {
            assertThat(String.join(" ", exercise(slug).cautions()) + String.join(" ", exercise(slug).contraindications()))
                    .as(slug).containsIgnoringCase("osteoporosis");
        }
        for (ExerciseDefinition exercise : catalog.exercises()) {
            if (exercise.equipment().contains(Equipment.RESISTANCE_BAND)) {
                assertThat(String.join(" ", exercise.cautions())).as(exercise.slug() + " band check")
                        .containsIgnoringCase("band");
            }
            assertThat(String.join(" ", exercise.steps()) + String.join(" ", exercise.cues()))
                    .as(exercise.slug()).doesNotContainIgnoringCase("gum");
        }
    }

    @Test
    void holdsThePatternsOfTheClinicsSourceMaterial() {
        assertThat(catalog.patterns()).extracting(PatternDefinition::slug).contains(
                "anterior-pelvic-tilt", "posterior-pelvic-tilt", "forward-head-posture", "head-tilt-turn",
                "jaw-asymmetry", "suboccipital-tension", "thoracic-rotation", "lateral-pelvic-tilt",
                "breathing-pattern-dysfunction", "upper-crossed-syndrome", "lower-crossed-syndrome",
                "thoracic-hyperkyphosis", "swayback", "flat-back", "scapular-dyskinesis", "foot-over-pronation");
        PatternDefinition anterior = pattern("anterior-pelvic-tilt");
        assertThat(anterior.muscleSlugs(PatternMuscle.Role.OVERACTIVE)).contains("tensor-fasciae-latae",
                "rectus-femoris", "iliopsoas", "quadratus-lumborum", "lumbar-erector-spinae", "latissimus-dorsi");
        assertThat(anterior.muscleSlugs(PatternMuscle.Role.UNDERACTIVE)).contains("rectus-abdominis",
                "gluteus-maximus", "hamstrings");
        assertThat(pattern("forward-head-posture").muscleSlugs(PatternMuscle.Role.UNDERACTIVE))
                .contains("deep-neck-flexors");
        assertThat(pattern("jaw-asymmetry").muscleSlugs(PatternMuscle.Role.OVERACTIVE))
                .contains("masseter", "temporalis", "lateral-pterygoid", "medial-pterygoid");
    }

    @Test
    void holdsTheExercisesOfTheClinicsSourceMaterial() {
        Set<String> slugs = catalog.exercises().stream().map(ExerciseDefinition::slug).collect(Collectors.toSet());
        assertThat(slugs).contains("chin-tuck", "chin-tuck-headrest-press", "alternating-side-chewing",
                "mirror-posture-check", "masseter-self-release", "suboccipital-release-balls",
                "upper-back-ball-release", "scapular-retraction-sitting", "upper-trapezius-stretch",
                "diaphragmatic-breathing", "breathing-5-5-7", "jaw-side-to-side-relaxation", "body-scan-relaxation",
                "desk-micro-break", "short-foot");
        assertThat(exercise("upper-trapezius-stretch").dosage().holdSeconds()).isEqualTo(20);
    }

    @Test
    void alternatingRepsArePerSideAndSomeDosesSayHowHardAndHowFast() {
        assertThat(exercise("dead-bug").dosage().reps()).isEqualTo(5);
        assertThat(exercise("dead-bug").dosage().inPlainWords()).startsWith("3 sets of 5, each side, alternating sides");
        for (ExerciseDefinition exercise : catalog.exercises()) {
            if (exercise.dosage().side() == Side.ALTERNATING && exercise.dosage().note() != null) {
                assertThat(exercise.dosage().note()).as(exercise.slug() + " note restates the count per side")
                        .doesNotContainPattern("(?i)\\d+ (to|with|on) each|(?i)(five|ten) .* to each side");
            }
        }
        assertThat(exercise("lateral-band-walk").dosage().intensity()).isEqualTo(Intensity.band(Band.RED));
        assertThat(exercise("seated-dumbbell-press").dosage().intensity()).isEqualTo(Intensity.rpe(7));
        assertThat(exercise("wrist-curl-dumbbell").dosage().intensityAndTempoInWords()).isEqualTo("1 kg");
        assertThat(exercise("heavy-slow-wrist-extension").dosage().tempo()).isEqualTo(new Tempo(3, 0, 3));
    }

    @Test
    void everyExerciseCanBeFollowedAtHome() {
        for (ExerciseDefinition exercise : catalog.exercises()) {
            assertThat(exercise.steps()).as(exercise.slug() + " steps").hasSizeGreaterThanOrEqualTo(2);
            assertThat(exercise.targets()).as(exercise.slug() + " targets").isNotEmpty();
            assertThat(exercise.dosage().inPlainWords()).as(exercise.slug() + " dosage").isNotBlank();
            assertThat(exercise.illustration().isSvg()).isTrue();
        }
    }

    private static PatternDefinition pattern(String slug) {
        return catalog.patterns().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static ExerciseCard card(String slug) {
        return cards.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static ExerciseDefinition exercise(String slug) {
        return catalog.exercises().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
    }
}
