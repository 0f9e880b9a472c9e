package app.plumbline.sessionlog.ui;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;
import app.plumbline.program.ActiveProgram;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SkipReason;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser's session form ({@code frontend/plumbline-session-form.js}) shows, as one JSON
 * string: each exercise with its picture, dose, steps, cautions, hold timer and target, and what
 * is entered so far (nothing on Today: nothing counts as done until the patient says so; the
 * saved log when a session is changed).
 */
final class SessionFormPlan {

    /**
     * Characters outside ASCII are written as \\u escapes: one of them anywhere in a response makes
     * Vaadin keep the whole response as a UTF-16 string, twice the memory (docs/PERFORMANCE.md).
     */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    record Choice(String value, String label) {
    }

    record Timer(int hold, int sets, int reps, int sides, int rest) {
    }

    record Target(Integer sets, Integer reps, Integer hold) {
    }

    record Done(Integer sets, Integer reps, Integer hold, Integer pain, Difficulty difficulty, SkipReason skipReason) {
    }

    record Exercise(Long id, String name, String image, String dose, String therapistNote, List<String> steps,
            List<String> cautions, Timer timer, Target target, Done done) {
    }

    record Plan(String draftKey, String saveLabel, List<Choice> difficulties, List<Choice> skipReasons, String note,
            List<Exercise> exercises) {
    }

    private static final List<Choice> DIFFICULTIES = Arrays.stream(Difficulty.values())
            .map(d -> new Choice(d.name(), d.label())).toList();
    private static final List<Choice> SKIP_REASONS = Arrays.stream(SkipReason.values())
            .map(r -> new Choice(r.name(), r.label())).toList();

    private SessionFormPlan() {
    }

    /**
     * @param draftKey names this form's draft, kept in the browser's tab until it is saved
     * @param logged what was saved before, by exercise (empty on Today: every exercise starts unanswered)
     * @param imageUrl turns an exercise's picture path into the address the browser loads
     */
    static String json(String draftKey, List<ActiveProgram.Item> items, List<ExerciseLog> logged, String note,
            String saveLabel, UnaryOperator<String> imageUrl) {
        List<Exercise> exercises = items.stream().map(item -> exercise(item, logged, imageUrl)).toList();
        return JSON.writeValueAsString(new Plan(draftKey, saveLabel, DIFFICULTIES, SKIP_REASONS, note == null ? "" : note,
                exercises));
    }

    private static Exercise exercise(ActiveProgram.Item item, List<ExerciseLog> logged, UnaryOperator<String> imageUrl) {
        Long id = item.prescription().exerciseId();
        Dosage dose = item.prescription().dosage();
        String name = item.exercise() == null ? "Exercise" : item.exercise().name();
        String image = item.exercise() == null ? null : imageUrl.apply(item.exercise().imageUrl());
        var instructions = Optional.ofNullable(item.instructions());
        // Reps are per side: alternating holds switch side every rep, so a set has twice as many.
        int holdsPerSet = orOne(dose.reps()) * (dose.side() == Side.ALTERNATING ? 2 : 1);
        Timer timer = dose.holdSeconds() == null ? null : new Timer(dose.holdSeconds(), orOne(dose.sets()),
                holdsPerSet, dose.side() == Side.BOTH ? 2 : 1, dose.restSeconds() == null ? 0 : dose.restSeconds());
        Done done = logged.stream().filter(log -> id.equals(log.exerciseId())).findFirst()
                .map(log -> new Done(log.setsDone(), log.repsDone(), log.holdSecondsDone(), log.pain(), log.difficulty(),
                        log.skipReason()))
                .orElse(new Done(null, null, null, null, null, null));
        return new Exercise(id, name, image, dose.inPlainWords(), item.prescription().therapistNote(),
                instructions.map(i -> i.steps()).orElse(List.of()), instructions.map(i -> i.cautions()).orElse(List.of()),
                timer, new Target(dose.sets(), dose.reps(), dose.holdSeconds()), done);
    }

    private static int orOne(Integer count) {
        return count == null ? 1 : count;
    }
}
