package app.plumbline.sessionlog.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Pain from 0 to 10: Vaadin's select web component with its eleven choices handed over as one
 * list, instead of Vaadin's {@code Select}, which keeps an item and a text node on the server for
 * each choice (110 nodes on a Today with five exercises; docs/PERFORMANCE.md).
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.3")
@JsModule("@vaadin/select/src/vaadin-select.js")
public class PainSelect extends AbstractSinglePropertyField<PainSelect, Integer>
        implements HasValidation, HasLabel, HasHelper, Focusable<PainSelect> {

    /** One choice as the web component takes it. */
    record Choice(String label, String value) {
    }

    static final List<Choice> CHOICES = IntStream.rangeClosed(0, 10)
            .mapToObj(p -> new Choice(p == 0 ? "0 (no pain)" : p == 10 ? "10 (worst pain)" : String.valueOf(p),
                    String.valueOf(p)))
            .toList();

    public PainSelect(String label) {
        super("value", null, String.class, PainSelect::fromClient, PainSelect::toClient);
        setLabel(label);
        getElement().setPropertyList("items", CHOICES);
    }

    private static Integer fromClient(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int pain = Integer.parseInt(value.strip());
            return pain >= 0 && pain <= 10 ? pain : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String toClient(Integer pain) {
        return pain == null ? "" : String.valueOf(pain);
    }

    public void setPlaceholder(String placeholder) {
        getElement().setProperty("placeholder", placeholder);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getElement().setProperty("errorMessage", errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getElement().getProperty("errorMessage");
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }
}
