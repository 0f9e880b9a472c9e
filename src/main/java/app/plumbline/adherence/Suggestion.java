package app.plumbline.adherence;

/**
 * A proposed adjustment with the numbers that triggered it. exerciseId is null for program-wide
 * rules; key identifies the suggestion for dismissals.
 */
public record Suggestion(SuggestionRule rule, Long exerciseId, String title, String evidence, Change change) {

    /** What the next version would change. */
    public enum Change { SWITCH_TO_PROGRESSION, STEP_UP, SWITCH_TO_REGRESSION, STEP_DOWN, KEEP_MOST_DONE, NONE }

    public String key() {
        return rule + ":" + (exerciseId == null ? "program" : exerciseId);
    }
}
