package app.plumbline.testing;

import app.plumbline.sessionlog.ui.SessionLogForm;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays the browser's side of the session form in browserless tests: reads the plan the server
 * set and sends Save with values as {@code frontend/plumbline-session-form.js} sends them.
 */
public final class BrowserSessionForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SessionLogForm form;
    private final JsonNode plan;

    private BrowserSessionForm(SessionLogForm form) {
        this.form = form;
        this.plan = JSON.readTree(form.getElement().getProperty("plan"));
    }

    public static BrowserSessionForm of(SessionLogForm form) {
        return new BrowserSessionForm(form);
    }

    public JsonNode plan() {
        return plan;
    }

    public int exercises() {
        return plan.path("exercises").size();
    }

    /**
     * The values as the form sends them when the patient taps "Done as prescribed" on each new
     * exercise (the targets) or leaves what was saved, each changed by {@code change}.
     */
    public String values(BiConsumer<Integer, ObjectNode> change) {
        return values(change, plan.path("note").asString(""));
    }

    /** As {@link #values(BiConsumer)}, with this note. */
    public String values(BiConsumer<Integer, ObjectNode> change, String note) {
        ObjectNode values = JSON.createObjectNode();
        ArrayNode exercises = values.putArray("exercises");
        for (int i = 0; i < exercises(); i++) {
            JsonNode exercise = plan.path("exercises").get(i);
            JsonNode done = exercise.path("done");
            JsonNode target = exercise.path("target");
            ObjectNode entry = exercises.addObject();
            entry.put("id", exercise.path("id").asLong());
            // An exercise not logged before: what the form sends once the patient taps "Done as prescribed".
            boolean logged = !done.path("sets").isNull() || !done.path("skipReason").isNull();
            for (String key : new String[] {"sets", "reps", "hold"}) {
                JsonNode value = logged ? done.path(key) : target.path(key);
                entry.put(key, value.isNull() || value.isMissingNode() ? "" : value.asString());
            }
            entry.put("pain", done.path("pain").isNull() ? "" : done.path("pain").asString());
            entry.put("difficulty", done.path("difficulty").asString(""));
            entry.put("skipped", !done.path("skipReason").isNull());
            entry.put("skipReason", done.path("skipReason").asString(""));
            change.accept(i, entry);
        }
        values.put("note", note);
        return JSON.writeValueAsString(values);
    }

    /** Every exercise done as prescribed, with this pain and difficulty. */
    public String filledIn(int pain, String difficulty) {
        return values((i, entry) -> entry.put("pain", String.valueOf(pain)).put("difficulty", difficulty));
    }

    /** Save in the browser: the server's answer, {} when saved. */
    public String save(String values) {
        return form.save(values);
    }
}
