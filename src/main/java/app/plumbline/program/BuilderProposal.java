package app.plumbline.program;

import java.time.LocalDate;
import java.util.List;

/**
 * What the program builder proposes for a draft, unsaved until the therapist saves or publishes:
 * the starter program when the patient has findings and neither a published version nor a draft
 * line yet, and a review date (the clinic's interval from today) when the draft has none.
 */
public record BuilderProposal(List<StarterProgram.Pick> starter, LocalDate reviewDate) {

    public boolean proposesStarter() {
        return !starter.isEmpty();
    }
}
