package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    SystemAccounts system;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void mismatchedRepeatIsShownAtTheFieldAndPasswordStays() {
        system.ensureAccount(system.demoClinic().orElseThrow().getId(), "ui.pw", "Ui Pw", Role.PATIENT, "old password");
        openAs("ui.pw", "account/password");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Current password")), "old password");
        _setValue(_get(PasswordField.class, s -> s.withLabel("New password")), "new password one");
        PasswordField repeat = _get(PasswordField.class, s -> s.withLabel("New password again"));
        _setValue(repeat, "new password two");
        _click(_get(Button.class, s -> s.withText("Change password")));

        assertThat(repeat.isInvalid()).isTrue();
        assertThat(encoder.matches("old password", repository.findByUsername("ui.pw").orElseThrow().getPasswordHash()))
                .isTrue();

        _setValue(repeat, "new password one");
        _click(_get(Button.class, s -> s.withText("Change password")));
        assertThat(encoder.matches("new password one",
                repository.findByUsername("ui.pw").orElseThrow().getPasswordHash())).isTrue();
    }
}
