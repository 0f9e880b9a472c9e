package app.plumbline.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one rule that keys the catalog to patterns, used by every list that offers exercises for a
 * pattern (catalog search, pattern pages, the builder, the starter program).
 *
 * <p>An exercise is <b>offered</b> for a pattern when
 * <ol>
 * <li>it helps: one of its targets releases, stretches, mobilises or relaxes one of the pattern's
 * overactive muscles, or activates, strengthens or trains control of one of its underactive
 * muscles; or it links the pattern explicitly ({@code patterns:} in its file); and</li>
 * <li>nothing works against the pattern: no target strengthens or activates an overactive muscle,
 * and none stretches, releases, mobilises or relaxes an underactive one. Training control of an
 * overactive muscle counts neither way.</li>
 * </ol>
 * An exercise that helps but also works against is a <b>conflict</b>: it is left out, the pattern
 * page says why, and the importer reports it. Offered exercises are ranked: those whose first
 * (primary) target helps come first, then those that serve more of the pattern's muscles.
 */
public final class PatternFit {

    private PatternFit() {
    }

    /**
     * How one exercise stands to one pattern.
     *
     * @param reasons        what it does for the pattern (muscle by muscle, and an explicit link)
     * @param against        what it does against the pattern, in words
     * @param primary        its first target helps the pattern
     * @param musclesServed  how many of the pattern's muscles it helps in the right direction
     */
    public record Assessment(List<FitReason> reasons, List<String> against, boolean primary, int musclesServed) {

        public boolean offered() {
            return !reasons.isEmpty() && against.isEmpty();
        }

        /** It would be offered, but one of its targets works against the pattern. */
        public boolean conflict() {
            return !reasons.isEmpty() && !against.isEmpty();
        }

        /** Higher ranks first: a helping primary target outweighs any number of muscles served. */
        public int rank() {
            return offered() ? (primary ? 1000 : 0) + musclesServed : -1;
        }
    }

    public static Assessment assess(ExerciseCard exercise, PatternDefinition pattern,
            Map<String, String> muscleNames) {
        List<FitReason> reasons = new ArrayList<>();
        List<String> against = new ArrayList<>();
        Set<String> served = new HashSet<>();
        boolean primary = false;
        String patternName = pattern.name().toLowerCase(Locale.ROOT);
        List<MuscleTarget> targets = exercise.targets();
        for (int i = 0; i < targets.size(); i++) {
            MuscleTarget target = targets.get(i);
            String muscle = muscleNames.getOrDefault(target.muscleSlug(), target.muscleSlug())
                    .toLowerCase(Locale.ROOT);
            for (PatternMuscle listed : pattern.muscles()) {
                if (!listed.muscleSlug().equals(target.muscleSlug())) {
                    continue;
                }
                Action.Effect effect = target.action().effect();
                boolean overactive = listed.role() == PatternMuscle.Role.OVERACTIVE;
                String words = target.action().verb() + " " + muscle + " — "
                        + (overactive ? "overactive" : "underactive") + " in " + patternName;
                // Training control of an overactive muscle (keeping the back still while the hips
                // hinge) neither loosens it nor makes it stronger: neutral, like breathing.
                if (effect == Action.Effect.NEITHER || overactive && target.action() == Action.MOTOR_CONTROL) {
                    continue;
                }
                if (overactive == (effect == Action.Effect.LOOSENS)) {
                    reasons.add(new FitReason(overactive ? FitReason.Side.OVERACTIVE : FitReason.Side.UNDERACTIVE,
                            words));
                    served.add(target.muscleSlug());
                    primary |= i == 0;
                } else {
                    against.add(words);
                }
            }
        }
        for (PatternLink link : exercise.patternLinks()) {
            if (link.patternSlug().equals(pattern.slug())) {
                reasons.add(new FitReason(FitReason.Side.LINKED, link.why()));
            }
        }
        return new Assessment(List.copyOf(reasons), List.copyOf(against), primary, served.size());
    }

    /** Why the exercise is offered for the pattern; empty when it is not offered. */
    public static List<FitReason> reasons(ExerciseCard exercise, PatternDefinition pattern,
            Map<String, String> muscleNames) {
        Assessment assessment = assess(exercise, pattern, muscleNames);
        return assessment.offered() ? assessment.reasons() : List.of();
    }

    public static boolean fits(ExerciseCard exercise, PatternDefinition pattern) {
        return assess(exercise, pattern, Map.of()).offered();
    }

    /**
     * The rank of an exercise for several patterns at once (a patient's findings): a helping
     * primary target for any of them first, then the muscles served over all of them; -1 if it is
     * offered for none.
     */
    public static int rank(ExerciseCard exercise, Collection<PatternDefinition> patterns) {
        boolean primary = false;
        int served = 0;
        boolean offered = false;
        for (PatternDefinition pattern : patterns) {
            Assessment assessment = assess(exercise, pattern, Map.of());
            if (assessment.offered()) {
                offered = true;
                primary |= assessment.primary();
                served += assessment.musclesServed();
            }
        }
        return offered ? (primary ? 1000 : 0) + served : -1;
    }

    /** Every conflict in a catalog, one line each: "exercise: pattern: works against ...". */
    public static List<String> conflicts(Collection<ExerciseCard> exercises, Collection<PatternDefinition> patterns,
            Map<String, String> muscleNames) {
        List<String> lines = new ArrayList<>();
        for (ExerciseCard exercise : exercises) {
            for (PatternDefinition pattern : patterns) {
                Assessment assessment = assess(exercise, pattern, muscleNames);
                if (assessment.conflict()) {
                    lines.add(exercise.slug() + ": " + pattern.slug() + ": left out, it "
                            + String.join("; ", assessment.against()));
                }
            }
        }
        return lines;
    }
}
