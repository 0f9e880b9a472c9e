package app.plumbline.sessionlog;

import app.plumbline.base.FieldProblem;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;

/**
 * One exercise of a session: the target next to what was done (or why it was skipped), pain
 * during (on the {@link PainScale}) and how hard it felt.
 */
@Embeddable
public record ExerciseLog(Long exerciseId, Integer targetSets, Integer targetReps, Integer targetHoldSeconds,
        Integer setsDone, Integer repsDone, Integer holdSecondsDone,
        @Enumerated(EnumType.STRING) SkipReason skipReason, Integer pain,
        @Enumerated(EnumType.STRING) Difficulty difficulty) {

    public boolean skipped() {
        return skipReason != null;
    }

    /** Sets done counted against the target, never more than all of them. */
    public int setsCounted() {
        if (skipped() || setsDone == null || targetSets == null) {
            return 0;
        }
        return Math.min(setsDone, targetSets);
    }

    /**
     * The problems of the index-th exercise: in the portal pain is asked and how hard it felt is
     * optional; from paper, pain may be left blank and difficulty is never asked.
     */
    List<FieldProblem> problems(int index, SessionLog.Source source) {
        List<FieldProblem> problems = new ArrayList<>();
        String at = "ex[" + index + "].";
        if (!source.asksHowItFelt()) {
            if (setsDone == null || setsDone < 0 || setsDone > 20) {
                problems.add(new FieldProblem(at + "setsDone", "Enter how many sets were done (0–20)."));
            }
            PainScale.check(at + "pain", pain, false).ifPresent(problems::add);
            return problems;
        }
        if (!skipped()) {
            if (setsDone == null) {
                problems.add(new FieldProblem(at + "setsDone", "Say whether you did this exercise: done as "
                        + "prescribed, part of it, or skipped."));
            } else if (setsDone < 0 || setsDone > 20) {
                problems.add(new FieldProblem(at + "setsDone", "Enter how many sets you did (0–20), or mark it skipped."));
            }
            if (repsDone != null && (repsDone < 0 || repsDone > 200)) {
                problems.add(new FieldProblem(at + "repsDone", "Enter the repetitions you did (0–200)."));
            }
            if (holdSecondsDone != null && (holdSecondsDone < 0 || holdSecondsDone > 1200)) {
                problems.add(new FieldProblem(at + "holdSecondsDone", "Enter the seconds you held (0–1200)."));
            }
            PainScale.check(at + "pain", pain, true).ifPresent(problems::add);
            // How hard it felt is optional: not given stays not given, never "about right".
        } else {
            PainScale.check(at + "pain", pain, false).ifPresent(problems::add);
        }
        return problems;
    }
}
