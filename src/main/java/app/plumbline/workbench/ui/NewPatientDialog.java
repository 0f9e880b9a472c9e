package app.plumbline.workbench.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.patient.PatientService;
import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Creates a patient and their portal account, with today's findings when the therapist has them
 * (so the program builder can propose a starter program straight away), then shows the one-time
 * activation code.
 */
class NewPatientDialog extends Dialog {

    NewPatientDialog(PatientService patients, List<PatternDefinition> patterns, CurrentUser currentUser) {
        setHeaderTitle("New patient");
        var form = new PatientDetailsForm(currentUser.today());
        var findings = new FindingRows(patterns);
        form.errors.field("findings", findings.error);
        var hint = new Paragraph("Optional: what today's assessment found. The program builder then proposes a "
                + "starter program.");
        hint.addClassName("hint");
        add(form, new H3("Findings"), hint, findings);
        var cancel = new Button("Cancel", e -> close());
        var create = new Button("Create patient", e -> {
            if (form.unreadable()) {
                e.getSource().setEnabled(true);
                return;
            }
            try {
                var created = patients.create(form.value(), findings.value());
                // The button stays where it was, disabled, so a double click's second click lands on it.
                getFooter().remove(cancel);
                e.getSource().setText("Patient created");
                ActivationCodeDialog.show(this, created.activation(), created.patientId(), currentUser.zone(),
                        !findings.value().isEmpty());
            } catch (InvalidInputException ex) {
                form.errors.show(ex);
                e.getSource().setEnabled(true);
            }
        });
        // A double click would otherwise create the patient twice, each with an account.
        create.setDisableOnClick(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create);
        setWidth("min(52rem, 100vw)");
    }
}
