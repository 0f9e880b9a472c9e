package app.plumbline.sessionlog.ui;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.Dosage;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SessionInput;
import app.plumbline.sessionlog.SkipReason;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the browser's session form sends on Save into a {@link SessionInput}. The browser is
 * not trusted: anything that is not the form's own shape is refused as a whole, a number that is
 * not a whole number is refused at its field, and the targets come from the server's program.
 * The session service then checks the values (ranges, pain, difficulty) as for any input.
 */
final class SessionFormValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RELOAD = "Please reload the page and try again.";
    private static final int MAX_LENGTH = 20_000;

    /** One exercise of the form: which exercise, and the dose it was prescribed. */
    record Target(Long exerciseId, Dosage dosage) {
    }

    private SessionFormValues() {
    }

    static SessionInput read(String values, String submissionKey, List<Target> targets) {
        JsonNode root = parse(values);
        JsonNode exercises = root.path("exercises");
        if (!exercises.isArray() || exercises.size() != targets.size()) {
            throw new InvalidInputException("form", RELOAD);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<ExerciseLog> logs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            logs.add(log(exercises.get(i), targets.get(i), "ex[" + i + "].", problems));
        }
        JsonNode note = root.path("note");
        if (!note.isMissingNode() && !note.isNull() && !note.isString()) {
            throw new InvalidInputException("form", RELOAD);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SessionInput(submissionKey, logs, note.isString() ? note.asString() : null);
    }

    private static JsonNode parse(String values) {
        if (values == null || values.length() > MAX_LENGTH) {
            throw new InvalidInputException("form", RELOAD);
        }
        try {
            JsonNode root = JSON.readTree(values);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException("form", RELOAD);
            }
            return root;
        } catch (JacksonException e) {
            throw new InvalidInputException("form", RELOAD);
        }
    }

    private static ExerciseLog log(JsonNode entry, Target target, String at, List<FieldProblem> problems) {
        Long id = target.exerciseId();
        if (!entry.isObject() || !entry.path("id").canConvertToLong() || entry.path("id").asLong() != id) {
            throw new InvalidInputException("form", RELOAD);
        }
        Dosage dose = target.dosage();
        if (entry.path("skipped").asBoolean(false)) {
            SkipReason why = choice(SkipReason.class, entry.path("skipReason"));
            return new ExerciseLog(id, dose.sets(), dose.reps(), dose.holdSeconds(), null, null, null,
                    why == null ? SkipReason.OTHER : why, null, null);
        }
        Integer sets = number(entry.path("sets"), at + "setsDone", problems);
        Integer reps = dose.reps() == null ? null : number(entry.path("reps"), at + "repsDone", problems);
        Integer hold = dose.holdSeconds() == null ? null : number(entry.path("hold"), at + "holdSecondsDone", problems);
        Integer pain = number(entry.path("pain"), at + "pain", problems);
        return new ExerciseLog(id, dose.sets(), dose.reps(), dose.holdSeconds(), sets, reps, hold, null, pain,
                choice(Difficulty.class, entry.path("difficulty")));
    }

    /** A whole number as the browser's field sends it: "12", 12, or empty for nothing entered. */
    private static Integer number(JsonNode value, String field, List<FieldProblem> problems) {
        if (value.isMissingNode() || value.isNull() || value.isString() && value.asString().isBlank()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isString()) {
            try {
                return Integer.valueOf(value.asString().strip());
            } catch (NumberFormatException e) {
                // answered below
            }
        }
        problems.add(new FieldProblem(field, "Enter a whole number."));
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.asString())) {
                return constant;
            }
        }
        return null;
    }
}
