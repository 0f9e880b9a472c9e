package app.plumbline.base.ui;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Puts a service's refusal next to the field it names; anything else becomes a notification. */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** The registered fields by name. */
    public Map<String, HasValidation> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Shows every problem at its field; problems of fields not on the form as a notification. */
    public void show(InvalidInputException e) {
        clear();
        for (FieldProblem problem : e.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                Notifications.error(problem.message());
            } else if (!field.isInvalid()) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
    }
}
