package app.plumbline.catalog;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A clinic's own exercise as a therapist fills it in; the same rules as a catalog file. A null
 * illustration when editing keeps the picture the exercise already has.
 */
public record ClinicExerciseInput(String name, String summary, Action kind, Region region, Integer level,
        List<Equipment> equipment, List<MuscleTarget> targets, List<String> steps, List<String> cues,
        List<String> cautions, List<String> contraindications, Dosage dosage, String progression,
        String regression, List<String> references, String evidence, Illustration illustration) {

    /** As long as the catalog files allow (schema/exercise.schema.json). */
    public static final int MAX_EVIDENCE = 400;

    public ClinicExerciseInput {
        name = blankToNull(name);
        summary = blankToNull(summary);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        targets = targets == null ? List.of() : List.copyOf(targets);
        steps = lines(steps);
        cues = lines(cues);
        cautions = lines(cautions);
        contraindications = lines(contraindications);
        references = lines(references);
        evidence = blankToNull(evidence);
        progression = blankToNull(progression);
        regression = blankToNull(regression);
    }

    List<FieldProblem> problems(Set<String> muscles, Set<String> exerciseSlugs, boolean needsIllustration) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.length() > 200) {
            problems.add(new FieldProblem("name", "Enter a name of up to 200 characters."));
        }
        if (summary == null || summary.length() > 1000) {
            problems.add(new FieldProblem("summary", "Enter a one-sentence summary (up to 1000 characters)."));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose what the exercise does."));
        }
        if (region == null) {
            problems.add(new FieldProblem("region", "Choose the body region."));
        }
        if (level == null || level < 1 || level > 5) {
            problems.add(new FieldProblem("level", "Choose a level from 1 to 5."));
        }
        if (targets.isEmpty() || targets.size() > 6) {
            problems.add(new FieldProblem("targets", "Name 1 to 6 muscles the exercise works."));
        } else if (targets.stream().anyMatch(t -> t.action() == null || t.muscleSlug() == null
                || !muscles.contains(t.muscleSlug()))) {
            problems.add(new FieldProblem("targets", "Choose a muscle and an action on every row."));
        }
        listProblem(problems, "steps", steps, 1, 12, 600);
        listProblem(problems, "cues", cues, 0, 8, 300);
        listProblem(problems, "cautions", cautions, 0, 8, 400);
        listProblem(problems, "contraindications", contraindications, 0, 8, 400);
        listProblem(problems, "references", references, 0, 8, 600);
        if (evidence != null && evidence.length() > MAX_EVIDENCE) {
            problems.add(new FieldProblem("evidence", "Keep the evidence statement under " + MAX_EVIDENCE
                    + " characters (it has " + evidence.length() + ")."));
        }
        if (dosage == null) {
            problems.add(new FieldProblem("sets", "Enter the default dosage."));
        } else {
            problems.addAll(dosage.problems());
        }
        if (progression != null && !exerciseSlugs.contains(progression)) {
            problems.add(new FieldProblem("progression", "Choose an exercise from the list."));
        }
        if (regression != null && !exerciseSlugs.contains(regression)) {
            problems.add(new FieldProblem("regression", "Choose an exercise from the list."));
        }
        if (illustration == null && needsIllustration) {
            problems.add(new FieldProblem("illustration", "Upload a picture (SVG or PNG, up to 1 MB)."));
        } else if (illustration != null) {
            IllustrationCheck.problem(illustration)
                    .ifPresent(p -> problems.add(new FieldProblem("illustration", "This picture cannot be used: " + p + ".")));
        }
        return problems;
    }

    ExerciseDefinition definition(String slug, Illustration picture) {
        return new ExerciseDefinition(slug, name, summary, kind, region, level, equipment, targets, steps, cues,
                cautions, contraindications, dosage, progression, regression, List.of(), references, evidence, picture);
    }

    private static void listProblem(List<FieldProblem> problems, String field, List<String> items, int min, int max,
            int maxLength) {
        List<String> wrong = new ArrayList<>();
        if (items.size() < min || items.size() > max) {
            wrong.add(min == 0 ? "Write at most " + max + " lines." : "Write " + min + " to " + max
                    + " lines, one per line.");
        }
        if (items.stream().anyMatch(i -> i.length() > maxLength)) {
            wrong.add("Keep each line under " + maxLength + " characters.");
        }
        if (!wrong.isEmpty()) {
            problems.add(new FieldProblem(field, String.join(" ", wrong)));
        }
    }

    private static List<String> lines(List<String> items) {
        return items == null ? List.of() : items.stream().map(Text::clean).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return Text.strippedOrNull(value);
    }
}
