package app.plumbline.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule that keys the catalog to patterns: an exercise fits a pattern when it releases,
 * stretches, mobilises or relaxes one of the pattern's overactive muscles, or activates,
 * strengthens or trains control of one of its underactive muscles; or when it links the pattern
 * explicitly.
 */
public final class PatternFit {

    private PatternFit() {
    }

    public static List<FitReason> reasons(ExerciseCard exercise, PatternDefinition pattern,
            Map<String, String> muscleNames) {
        List<FitReason> reasons = new ArrayList<>();
        String patternName = pattern.name().toLowerCase(Locale.ROOT);
        for (MuscleTarget target : exercise.targets()) {
            String muscle = muscleNames.getOrDefault(target.muscleSlug(), target.muscleSlug())
                    .toLowerCase(Locale.ROOT);
            for (PatternMuscle listed : pattern.muscles()) {
                if (!listed.muscleSlug().equals(target.muscleSlug())) {
                    continue;
                }
                if (listed.role() == PatternMuscle.Role.OVERACTIVE && target.action().effect() == Action.Effect.LOOSENS) {
                    reasons.add(new FitReason(FitReason.Side.OVERACTIVE,
                            target.action().verb() + " " + muscle + " — overactive in " + patternName));
                } else if (listed.role() == PatternMuscle.Role.UNDERACTIVE
                        && target.action().effect() == Action.Effect.TRAINS) {
                    reasons.add(new FitReason(FitReason.Side.UNDERACTIVE,
                            target.action().verb() + " " + muscle + " — underactive in " + patternName));
                }
            }
        }
        for (PatternLink link : exercise.patternLinks()) {
            if (link.patternSlug().equals(pattern.slug())) {
                reasons.add(new FitReason(FitReason.Side.LINKED, link.why()));
            }
        }
        return reasons;
    }

    public static boolean fits(ExerciseCard exercise, PatternDefinition pattern) {
        return !reasons(exercise, pattern, Map.of()).isEmpty();
    }
}
