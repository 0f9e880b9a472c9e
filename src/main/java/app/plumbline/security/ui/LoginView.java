package app.plumbline.security.ui;

import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Plumbline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private static final String WRONG_TITLE = "Wrong username or password";
    private static final String WRONG_MESSAGE =
            "Check both and try again. Your therapist or clinic can reset your login.";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final CurrentUser currentUser;

    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        var title = new H1("Plumbline");
        title.addClassName("login-brand");
        var tagline = new Paragraph("Home exercise programs from your physiotherapist.");
        tagline.addClassName("login-tagline");

        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        var activate = new Anchor("activate", "New patient? Activate your account");
        activate.addClassName("login-activate");
        notice.addClassName("login-ended");
        notice.setVisible(false);
        add(title, tagline, notice, form, activate);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AlreadySignedIn.sendHome(event, currentUser)) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        // The card's title and its button say the same: "Sign in" (Vaadin's default button says "Log in").
        i18n.getForm().setSubmit("Sign in");
        i18n.setAdditionalInformation(null);
        parameters.getSingleParameter("locked").ifPresentOrElse(minutes -> {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("To protect the account, sign-in is paused for "
                    + waitText(minutes) + ". Your therapist or clinic can reset your login.");
            form.setError(true);
        }, () -> {
            i18n.getErrorMessage().setTitle(WRONG_TITLE);
            i18n.getErrorMessage().setMessage(WRONG_MESSAGE);
            form.setError(parameters.getParameters().containsKey("error"));
        });
        form.setI18n(i18n);
        notice.setVisible(false);
        if (parameters.getParameters().containsKey("ended")) {
            notice.setText("You were signed out. Please sign in again.");
            notice.setVisible(true);
        } else if (parameters.getParameters().containsKey("expired")) {
            notice.setText("The sign-in page had expired. Please sign in again.");
            notice.setVisible(true);
        }
    }

    private static String waitText(String minutes) {
        String digits = minutes.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 4) {
            return "a while";
        }
        return digits.equals("1") ? "about a minute" : "about " + digits + " minutes";
    }
}
