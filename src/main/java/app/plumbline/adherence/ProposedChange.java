package app.plumbline.adherence;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.Swap;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Turns a suggestion into the content of the next version. */
final class ProposedChange {

    private ProposedChange() {
    }

    /**
     * @param bySlug exercises the clinic may prescribe, for switching to an easier or harder version
     * @param adherence per exercise, for keeping the most done
     */
    static Optional<ProgramContent> of(Suggestion suggestion, ProgramContent current, Map<String, ExerciseCard> bySlug,
            Map<Long, ExerciseCard> cards, Map<Long, Integer> adherence, int keep) {
        return switch (suggestion.change()) {
            case NONE -> Optional.empty();
            case KEEP_MOST_DONE -> Optional.of(new ProgramContent(current.goal(), current.reviewDate(),
                    current.prescriptions().stream()
                            .sorted(Comparator.comparingInt((Prescription p) -> -adherence.getOrDefault(p.exerciseId(), 0)))
                            .limit(keep)
                            .sorted(Comparator.comparingInt(current.prescriptions()::indexOf))
                            .toList(), current.advice()));
            default -> Optional.of(new ProgramContent(current.goal(), current.reviewDate(), current.prescriptions()
                    .stream().map(p -> p.exerciseId().equals(suggestion.exerciseId())
                            ? changed(p, suggestion.change(), cards.get(p.exerciseId()), bySlug) : p)
                    .toList(), current.advice()));
        };
    }

    private static Prescription changed(Prescription p, Suggestion.Change change, ExerciseCard exercise,
            Map<String, ExerciseCard> bySlug) {
        return switch (change) {
            case SWITCH_TO_PROGRESSION -> switched(p, bySlug.get(exercise.progression()));
            case SWITCH_TO_REGRESSION -> switched(p, bySlug.get(exercise.regression()));
            case STEP_UP -> p.withDosage(step(p.dosage(), 1));
            case STEP_DOWN -> p.withDosage(step(p.dosage(), -1));
            default -> p;
        };
    }

    private static Prescription switched(Prescription p, ExerciseCard target) {
        return target == null ? p : p.withExercise(target.id(), Swap.dosage(p.dosage(), target.dosage()));
    }

    /** One dosage step: ±2 reps, else ±5 s hold, else ±1 set; never below 1 nor above the limits. */
    static Dosage step(Dosage d, int direction) {
        if (d.reps() != null) {
            return with(d, d.sets(), clamp(d.reps() + 2 * direction, Dosage.MAX_REPS), d.holdSeconds());
        }
        if (d.holdSeconds() != null) {
            return with(d, d.sets(), d.reps(), clamp(d.holdSeconds() + 5 * direction, Dosage.MAX_HOLD_SECONDS));
        }
        return with(d, clamp(d.sets() + direction, Dosage.MAX_SETS), d.reps(), d.holdSeconds());
    }

    private static Dosage with(Dosage d, Integer sets, Integer reps, Integer hold) {
        return d.withCounts(sets, reps, hold);
    }

    private static int clamp(int value, int max) {
        return Math.max(1, Math.min(max, value));
    }
}
