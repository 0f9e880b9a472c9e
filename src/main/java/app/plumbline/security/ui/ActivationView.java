package app.plumbline.security.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.security.ActivationSignIn;
import app.plumbline.security.PasswordPolicy;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.PatientAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A new patient enters the code from their therapist and chooses their own password. */
@Route(value = "activate", autoLayout = false)
@PageTitle("Activate your account · Plumbline")
@AnonymousAllowed
public class ActivationView extends Main implements BeforeEnterObserver {

    private final TextField code = new TextField("Activation code");
    private final PasswordField password = new PasswordField("Choose a password");
    private final PasswordField repeat = new PasswordField("Password again");
    private final FieldErrors errors = new FieldErrors().field("code", code).field("password", password)
            .field("repeat", repeat);
    private final Div card = new Div();
    private final CurrentUser currentUser;

    public ActivationView(PatientAccounts accounts, ActivationSignIn signIn, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setHelperText("On the paper from your therapist");
        code.setMaxLength(20);
        password.setHelperText(PasswordPolicy.HINT);
        var activate = new Button("Activate my account", e -> activate(accounts, signIn));
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        card.addClassName("activation-card");
        card.add(new H1("Activate your account"), code, password, repeat, activate,
                new Anchor("login", "I already have a password: sign in"));
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AlreadySignedIn.sendHome(event, currentUser)) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    /**
     * Activates the account and signs the patient in with it, then opens their home page; the
     * username is said once there, for the next sign-in.
     */
    private void activate(PatientAccounts accounts, ActivationSignIn signIn) {
        errors.clear();
        try {
            if (!password.getValue().equals(repeat.getValue())) {
                throw new InvalidInputException("repeat", "The two passwords differ.");
            }
            String username = accounts.activate(code.getValue(), password.getValue());
            signIn.signIn(username, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            card.removeAll();
            var done = new Paragraph("Your account is ready and you are signed in. Next time, sign in with the "
                    + "username " + username + " and the password you just chose.");
            done.getElement().setAttribute("role", "status");
            card.add(new H1("All set"), done);
            // A fresh page, so the menu and every check see the signed-in patient.
            UI.getCurrent().getPage().setLocation(".");
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }
}
