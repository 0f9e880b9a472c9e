package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The printable sheet downloaded through the browser, by the therapist and by the patient. */
class SheetsIT extends BrowserTest {

    @Test
    void theTherapistDownloadsAPatientsSheet() throws IOException {
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maria Lopez")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print sheet")).click();
        assertThat(screen().getByText("Home-exercise sheet for Maria Lopez")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use US Letter")).click();
        assertThat(screen().getByText("Paper: US Letter")).isVisible();
        screenshot("sheet-dialog-desktop");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Large print PDF")).click());
        assertThat(download.suggestedFilename()).isEqualTo("home-exercises-maria-lopez-Letter-large-print.pdf");
        assertIsPdf(download, "therapist-maria-large");
        assertThat(download.url()).contains("large=true").contains("paper=LETTER");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maria Lopez")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print sheet")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download PDF").setExact(true))).isVisible();
        screenshot("sheet-dialog-phone");
    }

    @Test
    void thePatientDownloadsTheirOwnSheetButNoOneElses() throws IOException {
        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("my-program");
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my sheet (PDF)").setExact(true));
        link.scrollIntoViewIfNeeded();
        screenshot("my-program-sheet-phone");
        Download download = page.waitForDownload(link::click);
        assertIsPdf(download, "patient-maria");

        String own = link.getAttribute("href");
        Long mariaId = Long.valueOf(own.replaceAll(".*/files/sheets/(\\d+).*", "$1"));
        var other = page.request().get(url("files/sheets/" + (mariaId + 1)));
        assertThat(other.status()).isEqualTo(403);
    }

    private static void assertIsPdf(Download download, String name) throws IOException {
        Path file = Paths.get("target", "sheets", "e2e-" + name + ".pdf");
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(10_000);
    }
}
