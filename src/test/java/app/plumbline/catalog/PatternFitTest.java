package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fit rule at its edges: helps, works against, both, links, ranking. */
class PatternFitTest {

    static final PatternDefinition TILT = new PatternDefinition("tilt", "Tilt", Region.PELVIS, false, List.of(),
            "d", "p", List.of(
                    new PatternMuscle("hip-flexors", PatternMuscle.Role.OVERACTIVE, "short"),
                    new PatternMuscle("back-extensors", PatternMuscle.Role.OVERACTIVE, "short"),
                    new PatternMuscle("glutes", PatternMuscle.Role.UNDERACTIVE, "weak"),
                    new PatternMuscle("abdominals", PatternMuscle.Role.UNDERACTIVE, "weak")),
            List.of(), List.of());

    static ExerciseCard card(List<PatternLink> links, MuscleTarget... targets) {
        return new ExerciseCard(1L, "x", "X", "", Action.STRENGTHEN, Region.PELVIS, 1, List.of(),
                Arrays.asList(targets), links, null, null, null, null, false);
    }

    static ExerciseCard card(MuscleTarget... targets) {
        return card(List.of(), targets);
    }

    static MuscleTarget t(String muscle, Action action) {
        return new MuscleTarget(muscle, action);
    }

    @Test
    void helpsInTheRightDirectionOnEitherSide() {
        for (Action loosens : List.of(Action.RELEASE, Action.STRETCH, Action.MOBILISE, Action.RELAXATION)) {
            assertThat(PatternFit.fits(card(t("hip-flexors", loosens)), TILT)).as(loosens.code()).isTrue();
            assertThat(PatternFit.fits(card(t("glutes", loosens)), TILT)).as(loosens.code()).isFalse();
        }
        for (Action trains : List.of(Action.ACTIVATE, Action.STRENGTHEN, Action.MOTOR_CONTROL)) {
            assertThat(PatternFit.fits(card(t("glutes", trains)), TILT)).as(trains.code()).isTrue();
            assertThat(PatternFit.fits(card(t("hip-flexors", trains)), TILT)).as(trains.code()).isFalse();
        }
    }

    @Test
    void trainingControlOfAnOveractiveMuscleCountsNeitherWay() {
        var hinge = card(t("glutes", Action.STRENGTHEN), t("hip-flexors", Action.MOTOR_CONTROL));
        PatternFit.Assessment fit = PatternFit.assess(hinge, TILT, Map.of());

        assertThat(fit.offered()).isTrue();
        assertThat(fit.against()).isEmpty();
        assertThat(fit.musclesServed()).isEqualTo(1);
        assertThat(PatternFit.assess(card(t("hip-flexors", Action.ACTIVATE), t("glutes", Action.STRENGTHEN)), TILT,
                Map.of()).conflict()).isTrue();
    }

    @Test
    void oneTargetWorkingAgainstThePatternLeavesTheExerciseOut() {
        var kneeLift = card(t("hip-flexors", Action.STRENGTHEN), t("glutes", Action.ACTIVATE));
        PatternFit.Assessment fit = PatternFit.assess(kneeLift, TILT, Map.of("hip-flexors", "Hip flexors"));

        assertThat(fit.offered()).isFalse();
        assertThat(fit.conflict()).isTrue();
        assertThat(fit.against()).containsExactly("strengthens hip flexors — overactive in tilt");
        assertThat(PatternFit.reasons(kneeLift, TILT, Map.of())).isEmpty();
        assertThat(PatternFit.conflicts(List.of(kneeLift), List.of(TILT), Map.of())).singleElement()
                .asString().startsWith("x: tilt: left out, it strengthens hip-flexors");
    }

    @Test
    void stretchingAnUnderactiveMuscleWorksAgainstItToo() {
        var fit = PatternFit.assess(card(t("back-extensors", Action.STRETCH), t("abdominals", Action.STRETCH)), TILT,
                Map.of());
        assertThat(fit.conflict()).isTrue();
        assertThat(fit.against()).containsExactly("stretches abdominals — underactive in tilt");
    }

    @Test
    void workingAgainstWithoutHelpingIsNotAConflictJustNotOffered() {
        var fit = PatternFit.assess(card(t("hip-flexors", Action.STRENGTHEN)), TILT, Map.of());
        assertThat(fit.offered()).isFalse();
        assertThat(fit.conflict()).isFalse();
    }

    @Test
    void anExplicitLinkFitsUnlessATargetWorksAgainst() {
        var link = List.of(new PatternLink("tilt", "Practises standing tall."));
        assertThat(PatternFit.assess(card(link, t("neck", Action.ACTIVATE)), TILT, Map.of()).offered()).isTrue();
        var against = PatternFit.assess(card(link, t("hip-flexors", Action.STRENGTHEN)), TILT, Map.of());
        assertThat(against.offered()).isFalse();
        assertThat(against.conflict()).isTrue();
    }

    @Test
    void breathingAndAwarenessTargetsAreNeutral() {
        var fit = PatternFit.assess(card(t("hip-flexors", Action.BREATHING), t("glutes", Action.POSTURE_AWARENESS),
                t("abdominals", Action.ACTIVATE)), TILT, Map.of());
        assertThat(fit.offered()).isTrue();
        assertThat(fit.against()).isEmpty();
        assertThat(fit.musclesServed()).isEqualTo(1);
    }

    @Test
    void rankedByPrimaryTargetThenMusclesServed() {
        var primaryOne = card(t("glutes", Action.STRENGTHEN), t("neck", Action.ACTIVATE));
        var secondaryTwo = card(t("neck", Action.ACTIVATE), t("glutes", Action.STRENGTHEN),
                t("abdominals", Action.ACTIVATE));
        var primaryTwo = card(t("abdominals", Action.ACTIVATE), t("glutes", Action.STRENGTHEN));
        var linkedOnly = card(List.of(new PatternLink("tilt", "why")), t("neck", Action.ACTIVATE));

        int a = PatternFit.assess(primaryOne, TILT, Map.of()).rank();
        int b = PatternFit.assess(secondaryTwo, TILT, Map.of()).rank();
        int c = PatternFit.assess(primaryTwo, TILT, Map.of()).rank();
        int d = PatternFit.assess(linkedOnly, TILT, Map.of()).rank();
        assertThat(List.of(c, a, b, d)).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        assertThat(c).isGreaterThan(a);
        assertThat(a).isGreaterThan(b);
        assertThat(b).isGreaterThan(d);
        assertThat(PatternFit.assess(card(t("hip-flexors", Action.STRENGTHEN)), TILT, Map.of()).rank()).isNegative();
        assertThat(PatternFit.rank(primaryOne, List.of(TILT))).isEqualTo(a);
    }

    @Test
    void theSameMuscleTwiceCountsOnce() {
        var fit = PatternFit.assess(card(t("glutes", Action.ACTIVATE), t("glutes", Action.STRENGTHEN)), TILT, Map.of());
        assertThat(fit.musclesServed()).isEqualTo(1);
        assertThat(fit.reasons()).hasSize(2);
    }
}
