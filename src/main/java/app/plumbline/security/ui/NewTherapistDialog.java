package app.plumbline.security.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.security.AccountService;
import app.plumbline.security.AccountSummary;
import app.plumbline.security.NewAccount;
import app.plumbline.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Opens a therapist account; the admin passes the first password on in person. */
class NewTherapistDialog extends Dialog {

    private final TextField displayName = new TextField("Full name");
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("First password");
    private final FieldErrors errors = new FieldErrors()
            .field("displayName", displayName).field("username", username).field("password", password);

    NewTherapistDialog(AccountService accounts, Consumer<AccountSummary> created) {
        setHeaderTitle("New therapist");
        displayName.setRequired(true);
        displayName.setMaxLength(200);
        username.setRequired(true);
        username.setMaxLength(100);
        username.setHelperText("Letters, digits, dots or dashes, e.g. m.keller");
        password.setRequired(true);
        password.setHelperText(PasswordPolicy.HINT);
        var form = new FormLayout(displayName, username, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var save = new Button("Create account", e -> {
            errors.clear();
            try {
                created.accept(accounts.createTherapist(
                        new NewAccount(username.getValue(), displayName.getValue(), password.getValue())));
                close();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
