package app.plumbline.program;

import app.plumbline.catalog.ExerciseCard;
import java.time.LocalDate;
import java.util.List;

/** The draft as the builder shows it: each prescription with its exercise, and the chosen advice (slugs). */
public record BuilderDraft(Long patientId, long version, Integer activeVersionNumber, String goal,
        LocalDate reviewDate, List<Line> lines, List<String> advice) {

    public record Line(Prescription prescription, ExerciseCard exercise) {
    }

    public ProgramContent content() {
        return new ProgramContent(goal, reviewDate, lines.stream().map(Line::prescription).toList(), advice);
    }
}
