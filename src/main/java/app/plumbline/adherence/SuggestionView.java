package app.plumbline.adherence;

import app.plumbline.program.ProgramDiff;
import java.util.List;

/** A suggestion as the therapist sees it: rule, numbers, basis (with the clinic's numbers) and the change. */
public record SuggestionView(String key, SuggestionRule rule, String title, String evidence, String basis,
        List<ProgramDiff.Change> diff, boolean applicable) {
}
