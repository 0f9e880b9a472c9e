package app.plumbline.program;

import app.plumbline.catalog.Action;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.FitReason;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.PatternFit;
import app.plumbline.patient.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The starter-program rule, stated where the therapist sees it ({@link #RULE}): for each finding,
 * most marked first, the best-fitting exercise that releases or stretches the pattern's
 * overactive muscles and the best-fitting one that activates or strengthens its underactive
 * muscles, at a level that suits the severity; no exercise twice; at most five by default.
 */
public final class StarterProgram {

    public static final int DEFAULT_MAX = 5;
    public static final String RULE = "For each finding, most marked first: one exercise that releases or "
            + "stretches the pattern's overactive muscles, then one that activates or strengthens its underactive "
            + "muscles. Marked findings start at level 1–2, moderate at up to 3, mild at 2–3. The exercise that "
            + "works the most of the pattern's muscles most directly wins (a stretch or strengthening exercise "
            + "before general relaxation or control drills); no exercise twice; at most " + DEFAULT_MAX
            + " exercises, because adherence falls as programs grow. Edit freely before publishing.";

    public record Pick(ExerciseCard exercise, String patternName, String reason) {
    }

    private StarterProgram() {
    }

    public static List<Pick> suggest(List<Finding> findings, Map<String, PatternDefinition> patterns,
            List<ExerciseCard> exercises, Map<String, String> muscleNames, int max) {
        List<Finding> ordered = findings.stream()
                .sorted(Comparator.comparingInt(Finding::severity).reversed()).toList();
        List<Pick> picks = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Finding finding : ordered) {
            PatternDefinition pattern = patterns.get(finding.patternSlug());
            if (pattern == null) {
                continue;
            }
            for (FitReason.Side side : List.of(FitReason.Side.OVERACTIVE, FitReason.Side.UNDERACTIVE)) {
                if (picks.size() >= max) {
                    return picks;
                }
                best(pattern, side, finding.severity(), exercises, muscleNames, taken).ifPresent(pick -> {
                    picks.add(pick);
                    taken.add(pick.exercise().slug());
                });
            }
        }
        return picks;
    }

    private static Optional<Pick> best(PatternDefinition pattern, FitReason.Side side, int severity,
            List<ExerciseCard> exercises, Map<String, String> muscleNames, Set<String> taken) {
        int low = severity == 3 ? 1 : severity == 2 ? 1 : 2;
        int high = severity == 3 ? 2 : 3;
        Pick best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ExerciseCard exercise : exercises) {
            if (taken.contains(exercise.slug()) || exercise.level() < low || exercise.level() > high) {
                continue;
            }
            List<FitReason> reasons = PatternFit.reasons(exercise, pattern, muscleNames).stream()
                    .filter(r -> r.side() == side).toList();
            if (reasons.isEmpty()) {
                continue;
            }
            int score = weight(exercise, pattern, side) + (kindMatches(exercise.kind(), side) ? 3 : 0)
                    - exercise.level();
            if (score > bestScore || score == bestScore && exercise.name().compareTo(best.exercise().name()) < 0) {
                bestScore = score;
                best = new Pick(exercise, pattern.name(), reasons.getFirst().text());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How directly the exercise works the pattern's muscles on that side: a stretch or release
     * counts more than general relaxation, strengthening or activation more than motor control.
     */
    private static int weight(ExerciseCard exercise, PatternDefinition pattern, FitReason.Side side) {
        var muscles = pattern.muscleSlugs(side == FitReason.Side.OVERACTIVE
                ? app.plumbline.catalog.PatternMuscle.Role.OVERACTIVE : app.plumbline.catalog.PatternMuscle.Role.UNDERACTIVE);
        int weight = 0;
        for (var target : exercise.targets()) {
            if (muscles.contains(target.muscleSlug())) {
                weight += switch (target.action()) {
                    case STRETCH, RELEASE, ACTIVATE, STRENGTHEN -> 10;
                    case MOBILISE, MOTOR_CONTROL -> 8;
                    default -> 4;
                };
            }
        }
        return weight;
    }

    private static boolean kindMatches(Action kind, FitReason.Side side) {
        return side == FitReason.Side.OVERACTIVE ? kind.effect() == Action.Effect.LOOSENS
                : kind.effect() == Action.Effect.TRAINS;
    }
}
