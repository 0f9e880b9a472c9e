package app.plumbline.adherence;

import app.plumbline.program.ProgramDiff;
import java.util.List;

/** A suggestion as the therapist sees it: rule, numbers, basis and the change it would make. */
public record SuggestionView(String key, SuggestionRule rule, String title, String evidence,
        List<ProgramDiff.Change> diff, boolean applicable) {
}
