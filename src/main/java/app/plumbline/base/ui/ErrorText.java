package app.plumbline.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** An error message for a group of fields that has no error slot of its own; hidden while valid. */
public class ErrorText extends Span implements HasValidation {

    public ErrorText() {
        addClassName("field-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String message) {
        setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
