package app.plumbline.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two states of a program, in sentences a therapist reads at a glance. */
public final class ProgramDiff {

    public enum Kind { ADDED, REMOVED, DOSAGE, SCHEDULE, NOTE, REORDERED, GOAL, REVIEW_DATE, ADVICE_ADDED,
        ADVICE_REMOVED }

    public record Change(Kind kind, String text) {
    }

    private ProgramDiff() {
    }

    public static List<Change> between(ProgramContent from, ProgramContent to, Map<Long, String> exerciseNames) {
        return between(from, to, exerciseNames, Map.of());
    }

    /** adviceTitles: advice item titles by slug; an advice item without one is named by its slug. */
    public static List<Change> between(ProgramContent from, ProgramContent to, Map<Long, String> exerciseNames,
            Map<String, String> adviceTitles) {
        Function<Long, String> name = id -> exerciseNames.getOrDefault(id, "Exercise " + id);
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(from.goal(), to.goal())) {
            changes.add(new Change(Kind.GOAL, "Goal: " + quoted(from.goal()) + " → " + quoted(to.goal())));
        }
        if (!Objects.equals(from.reviewDate(), to.reviewDate())) {
            changes.add(new Change(Kind.REVIEW_DATE, "Review date: " + orNone(from.reviewDate()) + " → "
                    + orNone(to.reviewDate())));
        }
        Map<Long, Prescription> before = byExercise(from.prescriptions());
        Map<Long, Prescription> after = byExercise(to.prescriptions());
        for (Prescription added : to.prescriptions()) {
            if (!before.containsKey(added.exerciseId())) {
                changes.add(new Change(Kind.ADDED, "Added " + name.apply(added.exerciseId()) + ": "
                        + added.dosage().inPlainWords() + ", " + added.scheduleInWords()));
            }
        }
        for (Prescription removed : from.prescriptions()) {
            if (!after.containsKey(removed.exerciseId())) {
                changes.add(new Change(Kind.REMOVED, "Removed " + name.apply(removed.exerciseId())));
            }
        }
        for (Prescription now : to.prescriptions()) {
            Prescription was = before.get(now.exerciseId());
            if (was != null) {
                compare(was, now, name.apply(now.exerciseId()), changes);
            }
        }
        reordered(from, to, name, changes);
        to.advice().stream().filter(slug -> !from.advice().contains(slug)).forEach(slug -> changes.add(
                new Change(Kind.ADVICE_ADDED, "Added advice: " + adviceTitles.getOrDefault(slug, slug))));
        from.advice().stream().filter(slug -> !to.advice().contains(slug)).forEach(slug -> changes.add(
                new Change(Kind.ADVICE_REMOVED, "Removed advice: " + adviceTitles.getOrDefault(slug, slug))));
        return changes;
    }

    private static void compare(Prescription was, Prescription now, String exercise, List<Change> changes) {
        String wasDose = was.dosage().amountInWords() + load(was);
        String nowDose = now.dosage().amountInWords() + load(now);
        if (!wasDose.equals(nowDose)) {
            changes.add(new Change(Kind.DOSAGE, exercise + ": " + wasDose + " → " + nowDose));
        }
        String wasIntensity = words(was.dosage().intensity() == null ? "" : was.dosage().intensity().inPlainWords());
        String nowIntensity = words(now.dosage().intensity() == null ? "" : now.dosage().intensity().inPlainWords());
        if (!wasIntensity.equals(nowIntensity)) {
            changes.add(new Change(Kind.DOSAGE, exercise + ": intensity " + wasIntensity + " → " + nowIntensity));
        }
        String wasTempo = words(was.dosage().tempo() == null ? "" : was.dosage().tempo().inPlainWords());
        String nowTempo = words(now.dosage().tempo() == null ? "" : now.dosage().tempo().inPlainWords());
        if (!wasTempo.equals(nowTempo)) {
            changes.add(new Change(Kind.DOSAGE, exercise + ": tempo " + wasTempo + " → " + nowTempo));
        }
        if (!was.scheduleInWords().equals(now.scheduleInWords())) {
            changes.add(new Change(Kind.SCHEDULE, exercise + ": " + was.scheduleInWords() + " → "
                    + now.scheduleInWords()));
        }
        if (!Objects.equals(was.therapistNote(), now.therapistNote())) {
            changes.add(new Change(Kind.NOTE, exercise + ": note " + quoted(was.therapistNote()) + " → "
                    + quoted(now.therapistNote())));
        }
    }

    /** Exercises kept in both whose place among the kept ones changed. */
    private static void reordered(ProgramContent from, ProgramContent to, Function<Long, String> name,
            List<Change> changes) {
        List<Long> keptBefore = from.prescriptions().stream().map(Prescription::exerciseId)
                .filter(id -> to.prescriptions().stream().anyMatch(p -> p.exerciseId().equals(id))).toList();
        List<Long> keptAfter = to.prescriptions().stream().map(Prescription::exerciseId)
                .filter(keptBefore::contains).toList();
        if (keptBefore.equals(keptAfter)) {
            return;
        }
        String order = keptAfter.stream().map(name).collect(Collectors.joining(", "));
        changes.add(new Change(Kind.REORDERED, "New order: " + order));
    }

    private static Map<Long, Prescription> byExercise(List<Prescription> prescriptions) {
        return prescriptions.stream().collect(Collectors.toMap(Prescription::exerciseId, p -> p, (a, b) -> a));
    }

    private static String load(Prescription p) {
        return p.dosage().note() == null ? "" : " (" + p.dosage().note() + ")";
    }

    private static String words(String text) {
        return text.isEmpty() ? "none" : text;
    }

    private static String quoted(String text) {
        return text == null ? "none" : "“" + text + "”";
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }
}
