package app.plumbline.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Action;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.MuscleTarget;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.PatternLink;
import app.plumbline.catalog.PatternMuscle;
import app.plumbline.catalog.Region;
import app.plumbline.catalog.Side;
import app.plumbline.patient.Finding;
import app.plumbline.patient.FindingSide;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StarterProgramTest {

    static final PatternDefinition FORWARD_HEAD = pattern("forward-head", List.of("upper-trapezius", "scm"),
            List.of("deep-neck-flexors"));
    static final PatternDefinition ANTERIOR_TILT = pattern("anterior-tilt", List.of("iliopsoas"),
            List.of("gluteus-maximus", "rectus-abdominis"));
    static final Map<String, PatternDefinition> PATTERNS = Map.of("forward-head", FORWARD_HEAD,
            "anterior-tilt", ANTERIOR_TILT);

    static final ExerciseCard TRAP_STRETCH = card(1, "Upper trapezius stretch", 1, Action.STRETCH,
            t("upper-trapezius", Action.STRETCH));
    static final ExerciseCard NECK_RELEASE = card(2, "Neck release", 2, Action.RELEASE,
            t("upper-trapezius", Action.RELEASE), t("scm", Action.RELEASE));
    static final ExerciseCard CHIN_TUCK = card(3, "Chin tuck", 1, Action.MOTOR_CONTROL,
            t("deep-neck-flexors", Action.ACTIVATE));
    static final ExerciseCard HEAD_LIFT = card(4, "Head lift", 3, Action.STRENGTHEN,
            t("deep-neck-flexors", Action.STRENGTHEN));
    static final ExerciseCard HIP_FLEXOR = card(5, "Hip flexor stretch", 2, Action.STRETCH,
            t("iliopsoas", Action.STRETCH));
    static final ExerciseCard BRIDGE = card(6, "Glute bridge", 2, Action.STRENGTHEN,
            t("gluteus-maximus", Action.STRENGTHEN));
    static final ExerciseCard DEAD_BUG = card(7, "Dead bug", 3, Action.MOTOR_CONTROL,
            t("rectus-abdominis", Action.MOTOR_CONTROL), t("gluteus-maximus", Action.ACTIVATE));
    static final List<ExerciseCard> ALL = List.of(TRAP_STRETCH, NECK_RELEASE, CHIN_TUCK, HEAD_LIFT, HIP_FLEXOR,
            BRIDGE, DEAD_BUG);

    @Test
    void picksOneExerciseForEachSideOfEachFindingMostMarkedFirst() {
        var picks = StarterProgram.suggest(List.of(finding("forward-head", 1), finding("anterior-tilt", 3)),
                PATTERNS, ALL, Map.of(), 5);

        assertThat(picks).extracting(p -> p.exercise().name())
                .containsExactly("Hip flexor stretch", "Glute bridge", "Neck release", "Head lift");
    }

    @Test
    void markedFindingsStayAtLevelOneToTwo() {
        var picks = StarterProgram.suggest(List.of(finding("forward-head", 3)), PATTERNS, ALL, Map.of(), 5);
        assertThat(picks).extracting(p -> p.exercise().name()).containsExactly("Neck release", "Chin tuck");
    }

    @Test
    void mildFindingsSkipLevelOneWhenSomethingHarderFits() {
        var picks = StarterProgram.suggest(List.of(finding("anterior-tilt", 1)), PATTERNS, ALL, Map.of(), 5);
        assertThat(picks).extracting(p -> p.exercise().name()).containsExactly("Hip flexor stretch", "Dead bug");
    }

    @Test
    void noDuplicatesAndNeverMoreThanTheMaximum() {
        var patterns = Map.of("forward-head", FORWARD_HEAD, "same-muscles", pattern("same-muscles",
                List.of("upper-trapezius"), List.of("deep-neck-flexors")), "anterior-tilt", ANTERIOR_TILT);
        var picks = StarterProgram.suggest(List.of(finding("forward-head", 2), finding("same-muscles", 2),
                finding("anterior-tilt", 2)), patterns, ALL, Map.of(), 5);

        assertThat(picks).hasSize(5);
        assertThat(picks).extracting(p -> p.exercise().id()).doesNotHaveDuplicates();
        assertThat(StarterProgram.suggest(List.of(finding("forward-head", 2), finding("anterior-tilt", 2)),
                PATTERNS, ALL, Map.of(), 3)).hasSize(3);
    }

    @Test
    void aStretchOfOneOveractiveMuscleBeatsGeneralRelaxationOfTwo() {
        var bodyScan = card(8, "Body scan", 1, Action.RELAXATION, t("upper-trapezius", Action.RELAXATION),
                t("scm", Action.RELAXATION));
        var picks = StarterProgram.suggest(List.of(finding("forward-head", 3)), PATTERNS,
                List.of(bodyScan, TRAP_STRETCH, CHIN_TUCK), Map.of(), 5);
        assertThat(picks).extracting(p -> p.exercise().name()).containsExactly("Upper trapezius stretch", "Chin tuck");
    }

    @Test
    void noFindingsNoSuggestion() {
        assertThat(StarterProgram.suggest(List.of(), PATTERNS, ALL, Map.of(), 5)).isEmpty();
    }

    static Finding finding(String pattern, int severity) {
        return new Finding(pattern, FindingSide.BOTH, severity, null);
    }

    static MuscleTarget t(String muscle, Action action) {
        return new MuscleTarget(muscle, action);
    }

    static ExerciseCard card(long id, String name, int level, Action kind, MuscleTarget... targets) {
        return new ExerciseCard(id, name.toLowerCase().replace(' ', '-'), name, "", kind, Region.NECK, level,
                List.of(), List.of(targets), List.<PatternLink>of(), new Dosage(2, 10, null, 30, Side.NONE, 1, 7, null),
                null, null, null, false);
    }

    static PatternDefinition pattern(String slug, List<String> over, List<String> under) {
        var muscles = new java.util.ArrayList<PatternMuscle>();
        over.forEach(m -> muscles.add(new PatternMuscle(m, PatternMuscle.Role.OVERACTIVE, null)));
        under.forEach(m -> muscles.add(new PatternMuscle(m, PatternMuscle.Role.UNDERACTIVE, null)));
        return new PatternDefinition(slug, slug, Region.NECK, false, List.of(), "", "", muscles, List.of(), List.of());
    }
}
