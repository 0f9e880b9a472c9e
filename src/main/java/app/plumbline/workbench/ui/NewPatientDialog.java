package app.plumbline.workbench.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientService;
import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Creates a patient and their portal account, then shows the one-time activation code. */
class NewPatientDialog extends Dialog {

    NewPatientDialog(PatientService patients, CurrentUser currentUser) {
        setHeaderTitle("New patient");
        var form = new PatientDetailsForm(currentUser.today());
        add(form);
        var cancel = new Button("Cancel", e -> close());
        var create = new Button("Create patient", e -> {
            if (form.unreadable()) {
                e.getSource().setEnabled(true);
                return;
            }
            try {
                var created = patients.create(form.value());
                // The button stays where it was, disabled, so a double click's second click lands on it.
                getFooter().remove(cancel);
                e.getSource().setText("Patient created");
                ActivationCodeDialog.show(this, created.activation(), created.patientId(), currentUser.zone());
            } catch (InvalidInputException ex) {
                form.errors.show(ex);
                e.getSource().setEnabled(true);
            }
        });
        // A double click would otherwise create the patient twice, each with an account.
        create.setDisableOnClick(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create);
        setWidth("min(40rem, 100vw)");
    }
}
