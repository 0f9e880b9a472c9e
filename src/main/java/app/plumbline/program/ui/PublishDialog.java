package app.plumbline.program.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why before publishing: the reason is kept with the version and shown in its history. */
class PublishDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason for this version");
    private final FieldErrors errors = new FieldErrors().field("reason", reason);

    PublishDialog(int number, Consumer<String> publish) {
        setHeaderTitle("Publish version " + number);
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setPlaceholder(number == 1 ? "First program after assessment" : "e.g. progressed chin tucks");
        reason.setWidthFull();
        add(new Paragraph("The patient will follow this version from now on. It cannot be changed afterwards; "
                + "later changes become version " + (number + 1) + "."), reason);
        var confirm = new Button("Publish", e -> {
            try {
                publish.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                errors.show(ex);
                e.getSource().setEnabled(true);
            }
        });
        // A double click would otherwise publish two identical versions.
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("min(32rem, 100vw)");
    }
}
