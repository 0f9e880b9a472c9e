package app.plumbline.security.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.security.AccountService;
import app.plumbline.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("account/password")
@PageTitle("Change password · Plumbline")
@Menu(order = 90, title = "Change password", icon = "KEY")
@PermitAll
public class ChangePasswordView extends Main {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final FieldErrors errors = new FieldErrors()
            .field("currentPassword", current).field("newPassword", next).field("repeat", repeat);

    public ChangePasswordView(AccountService accounts) {
        addClassName("page");
        addClassName("narrow");
        next.setHelperText(PasswordPolicy.HINT);
        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var save = new Button("Change password", e -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Change password"), form, save);
    }

    private void save(AccountService accounts) {
        errors.clear();
        try {
            if (!next.getValue().equals(repeat.getValue())) {
                throw new InvalidInputException("repeat", "The two new passwords differ.");
            }
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success("Your password is changed.");
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }
}
