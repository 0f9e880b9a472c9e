package app.plumbline.security.ui;

import app.plumbline.security.NewActivation;
import app.plumbline.security.PatientAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The new one-time code after a patient's login was reset; shown once. */
class ResetLoginDialog extends Dialog {

    ResetLoginDialog(String patientName, NewActivation activation, ZoneId zone) {
        setHeaderTitle("New login for " + patientName);
        var code = new Span(PatientAccounts.formatted(activation.code()));
        code.addClassName("activation-code");
        var username = new Span(activation.username());
        username.addClassName("activation-username");
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)
                .format(activation.expiresAt().atZone(zone));
        add(new Paragraph("The old password no longer works and every session was signed out. Give the patient "
                        + "this code in person or on paper; it works once, until " + until + "."),
                new Paragraph(new Span("Username: "), username),
                new Paragraph(new Span("Activation code: "), code),
                new Paragraph("The patient chooses “Activate your account” on the sign-in page, enters the code "
                        + "and sets a new password."));
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("min(34rem, 100vw)");
    }
}
