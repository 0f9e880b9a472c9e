package app.plumbline.sessionlog.ui;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.AppUrls;
import app.plumbline.program.ActiveProgram;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SessionInput;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exercises of one session with what the patient did, and a note: the browser-side form
 * {@code frontend/plumbline-session-form.js}. The server keeps only the plan it sent, the targets
 * and one submission key for the form's whole life, so pressing Save twice saves one session.
 */
@Tag("plumbline-session-form")
@NpmPackage(value = "lit", version = "3.3.3")
@JsModule("./plumbline-session-form.js")
public class SessionLogForm extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String submissionKey = UUID.randomUUID().toString();
    private final List<SessionFormValues.Target> targets;
    private final Consumer<SessionInput> onSave;

    /**
     * @param draftKey names what is entered, which the browser keeps in the tab until it is saved,
     *        so a reload (a phone discarding a background tab, an expired session) loses nothing;
     *        the same patient, day and session give the same key
     * @param logged what was saved before (empty for a new session: the targets are filled in)
     * @param onSave saves the session; an {@link InvalidInputException} it throws is shown at the fields
     */
    public SessionLogForm(String draftKey, List<ActiveProgram.Item> items, List<ExerciseLog> logged, String note,
            String saveLabel, Consumer<SessionInput> onSave) {
        this.onSave = onSave;
        this.targets = items.stream().map(i -> new SessionFormValues.Target(i.prescription().exerciseId(),
                i.prescription().dosage())).toList();
        setId("session-form");
        getElement().setProperty("plan", SessionFormPlan.json(draftKey, items, logged, note, saveLabel,
                AppUrls::of));
    }

    /**
     * Save in the browser. Answers {} when the session was saved, else the problems by field
     * ({"problems": {"ex[0].pain": "…", "form": "…"}}); a problem of a field the form does not show
     * is shown above Save.
     */
    @ClientCallable
    public String save(String values) {
        try {
            onSave.accept(SessionFormValues.read(values, submissionKey, targets));
            return "{}";
        } catch (InvalidInputException e) {
            return JSON.writeValueAsString(Map.of("problems", byField(e.problems())));
        }
    }

    /**
     * The patient is busy with the form (the browser calls this at most every few minutes while
     * they type or use a timer): the request itself keeps the session from ending as idle, since
     * filling in the form sends nothing else.
     */
    @ClientCallable
    public void stillHere() {
        // nothing to do: the round trip is the point
    }

    private Map<String, String> byField(List<FieldProblem> problems) {
        Set<String> fields = fieldsShown();
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = fields.contains(problem.field()) ? problem.field() : "form";
            shown.merge(field, problem.message(), (first, next) -> field.equals("form") ? first + " " + next : first);
        }
        return shown;
    }

    /** The fields the browser's form has, named as the session service names them. */
    private Set<String> fieldsShown() {
        Set<String> fields = new HashSet<>(Set.of("note"));
        for (int i = 0; i < targets.size(); i++) {
            String at = "ex[" + i + "].";
            fields.addAll(List.of(at + "setsDone", at + "pain", at + "difficulty"));
            if (targets.get(i).dosage().reps() != null) {
                fields.add(at + "repsDone");
            }
            if (targets.get(i).dosage().holdSeconds() != null) {
                fields.add(at + "holdSecondsDone");
            }
        }
        return fields;
    }
}
