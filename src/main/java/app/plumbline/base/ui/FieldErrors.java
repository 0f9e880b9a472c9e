package app.plumbline.base.ui;

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

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException e) {
        HasValidation field = fields.get(e.field());
        if (field == null) {
            Notifications.error(e.getMessage());
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }
}
