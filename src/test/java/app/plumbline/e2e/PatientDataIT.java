package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The patient's data file downloaded through the browser: by the therapist from the patient page,
 * by the patient from My program; another patient's file is refused.
 */
class PatientDataIT extends BrowserTest {

    @Test
    void theTherapistDownloadsAPatientsDataFromThePatientPage() throws IOException {
        useWindow(1366, 800, false);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maria Lopez")).first().click();
        Locator link = dataLink("Download patient data (JSON)");
        assertThat(link).isVisible();
        screenshot("patient-data-link-desktop");
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).matches("plumbline-data-maria-lopez-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(saved(download, "therapist-maria")).contains("\"format\" : \"plumbline-patient-data\"")
                .contains("\"givenName\" : \"Maria\"").contains("\"messages\"");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maria Lopez")).first().click();
        link = dataLink("Download patient data (JSON)");
        drawerClosed();
        link.scrollIntoViewIfNeeded();
        assertThat(link).isInViewport();
        screenshot("patient-data-link-phone");
    }

    @Test
    void thePatientDownloadsTheirOwnDataButNoOneElses() throws IOException {
        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("my-program");
        Locator link = dataLink("Download my data");
        drawerClosed();
        link.scrollIntoViewIfNeeded();
        assertThat(link).isInViewport();
        screenshot("my-data-link-phone");
        link.focus();
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(saved(download, "patient-maria")).contains("\"username\" : \"maria.lopez\"");

        String own = link.getAttribute("href");
        Long mariaId = Long.valueOf(own.replaceAll(".*/files/patient-data/(\\d+).*", "$1"));
        assertThat(page.request().get(url("files/patient-data/" + (mariaId + 1))).status()).isEqualTo(403);

        useWindow(1366, 800, false);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("my-program");
        link = dataLink("Download my data");
        link.scrollIntoViewIfNeeded();
        assertThat(link).isVisible();
        screenshot("my-data-link-desktop");
    }

    /** On a phone the menu drawer is an overlay: wait until it has closed before a screenshot. */
    private void drawerClosed() {
        assertThat(page.locator("vaadin-app-layout[overlay]:not([drawer-opened])")).hasCount(1);
    }

    private Locator dataLink(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String saved(Download download, String name) throws IOException {
        Path file = Paths.get("target", "patient-data", "e2e-" + name + ".json");
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        return Files.readString(file);
    }
}
