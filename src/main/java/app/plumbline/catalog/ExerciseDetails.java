package app.plumbline.catalog;

import java.util.List;

/** Everything an exercise page shows, with muscles and linked exercises named. */
public record ExerciseDetails(ExerciseCard card, List<String> steps, List<String> cues, List<String> cautions,
        List<String> contraindications, List<String> references, String evidence, List<NamedTarget> targets,
        ExerciseCard progression, ExerciseCard regression, List<PatternFitSummary> fits) {

    public record NamedTarget(String muscle, Action action) {
    }

    public record PatternFitSummary(String patternSlug, String patternName, List<FitReason> reasons) {
    }
}
