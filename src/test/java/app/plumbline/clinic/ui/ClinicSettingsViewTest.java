package app.plumbline.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.RawUpload;
import app.plumbline.testing.TestPictures;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    @SuppressWarnings("unchecked")
    void theAdminChoosesTheClinicsTimeZoneAndCanGoBackToTheServers() {
        openAs("admin", "settings");
        var zone = (com.vaadin.flow.component.combobox.ComboBox<String>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withLabel("Time zone"));
        assertThat(zone.getValue()).isNull();
        _setValue(zone, "Pacific/Auckland");
        _click(_get(Button.class, s -> s.withText("Save settings")));
        assertThat(settings.profile().timeZone()).isEqualTo("Pacific/Auckland");

        _setValue(zone, null);
        _click(_get(Button.class, s -> s.withText("Save settings")));
        assertThat(settings.profile().timeZone()).isNull();
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
    void anOversizedLogoIsRefusedAtTheFieldWithoutReadingTheBody() throws IOException {
        openAs("admin", "settings");
        var before = settings.profile().logo();
        Upload upload = _get(Upload.class);
        String tooLarge = "This logo cannot be used: the file is larger than 300 KB.";

        // A raw POST that declares 200 MB: refused before a byte is read.
        int status = RawUpload.post(upload, "logo.png", 200L * 1024 * 1024, RawUpload.unreadable());
        MockVaadin.clientRoundtrip(false);
        assertThat(status).isEqualTo(422);
        assertThat(logoError().getText()).isEqualTo(tooLarge);

        // A chunked one that declares nothing: read to one byte past the limit, then refused.
        logoError().setText("");
        RawUpload.post(upload, "logo.png", -1, RawUpload.endless(ClinicSettingsService.MAX_LOGO_BYTES + 1));
        MockVaadin.clientRoundtrip(false);
        assertThat(logoError().getText()).isEqualTo(tooLarge);
        assertThat(settings.profile().logo()).isEqualTo(before);
    }

    @Test
    void aSmallLogoThatDeclaresAHugePictureIsRefusedAtTheField() throws IOException {
        openAs("admin", "settings");
        var before = settings.profile().logo();
        byte[] bomb = TestPictures.blackPng(16000, 16000);

        RawUpload.post(_get(Upload.class), "logo.png", bomb.length, new ByteArrayInputStream(bomb));
        MockVaadin.clientRoundtrip(false);

        assertThat(logoError().getText()).isEqualTo("This logo cannot be used: the picture is 16000 × 16000 pixels; "
                + "it may have at most 4096 pixels a side and 4 megapixels in all (e.g. 2048 × 2048).");
        assertThat(settings.profile().logo()).isEqualTo(before);
    }

    private static Paragraph logoError() {
        return _get(Paragraph.class, s -> s.withClasses("field-error"));
    }

    @Test
    void therapistsAndPatientsCannotOpenIt() {
        signIn.as("anna.berg");
        assertRefused("settings");
        signIn.as("maria.lopez");
        assertRefused("settings");
    }
}
