package app.plumbline.workbench.ui;

import app.plumbline.program.ui.ProgramBuilderView;
import app.plumbline.security.NewActivation;
import app.plumbline.security.PatientAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows a patient's username and one-time activation code; the code is not shown again. */
class ActivationCodeDialog extends Dialog {

    ActivationCodeDialog(NewActivation activation, Long patientId, ZoneId zone) {
        show(this, activation, patientId, zone, false);
        setWidth("min(34rem, 100vw)");
    }

    /**
     * Turns an open dialog (the new-patient form's) into this one, its footer's buttons kept after
     * the new one. Closing one modal dialog and opening another in the same round trip could leave
     * the page hidden from screen readers (aria-hidden stayed on the page after both had closed).
     * toProgram: the patient has findings and no program yet, so the next step is the builder.
     */
    static void show(Dialog dialog, NewActivation activation, Long patientId, ZoneId zone, boolean toProgram) {
        dialog.removeAll();
        dialog.setHeaderTitle("Portal access for the patient");
        var code = new Span(PatientAccounts.formatted(activation.code()));
        code.addClassName("activation-code");
        var username = new Span(activation.username());
        username.addClassName("activation-username");
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)
                .format(activation.expiresAt().atZone(zone));
        dialog.add(new Paragraph("Give the patient these, on paper or in person. The code works once, until " + until
                        + ", and is not shown again (you can make a new one on the patient's page)."),
                new Paragraph(new Span("Username: "), username),
                new Paragraph(new Span("Activation code: "), code),
                new Paragraph("The patient opens Plumbline's sign-in page, chooses “New patient? Activate your "
                        + "account”, enters the code and chooses a password; they are then signed in."));
        var page = new Button("Open the patient's page", e -> {
            dialog.close();
            UI.getCurrent().navigate(PatientPage.route(patientId));
        });
        if (toProgram) {
            var build = new Button("Build the program", e -> {
                dialog.close();
                UI.getCurrent().navigate(ProgramBuilderView.route(patientId));
            });
            build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().addComponentAsFirst(build);
        } else {
            page.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        dialog.getFooter().addComponentAsFirst(page);
        dialog.setCloseOnOutsideClick(false);
    }
}
