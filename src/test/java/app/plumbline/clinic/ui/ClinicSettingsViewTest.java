package app.plumbline.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClinicSettingsViewTest extends KaribuTest {

    @Autowired
    ClinicSettingsService settings;

    @Test
    void aBadPortalAddressIsShownAtItsFieldAndNothingIsSaved() {
        openAs("admin", "settings");
        String before = settings.profile().portalAddress();
        TextField address = _get(TextField.class, s -> s.withLabel("Patient portal address"));
        _setValue(address, "https://portal.example/?token=123");
        _click(_get(Button.class, s -> s.withText("Save settings")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("leave out");
        assertThat(settings.profile().portalAddress()).isEqualTo(before);
    }

    @Test
    void aLogoWithAScriptIsRefusedWithAReason() {
        openAs("admin", "settings");
        var view = _get(ClinicSettingsView.class);
        view.takeLogo("logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
        assertThat(settings.profile().logo() == null || !new String(settings.profile().logo().bytes(),
                StandardCharsets.UTF_8).contains("script")).isTrue();
    }

    @Test
    void therapistsAndPatientsCannotOpenIt() {
        signIn.as("anna.berg");
        assertRefused("settings");
        signIn.as("maria.lopez");
        assertRefused("settings");
    }
}
