package app.plumbline.e2e;

import app.plumbline.testing.TestClock;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Clinic settings, a paper log typed back in, and batch printing, through the browser. */
class SheetScreensIT extends BrowserTest {

    @Autowired
    SystemAccounts system;
    @Autowired
    app.plumbline.testing.SignIn signIn;
    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;

    @Test
    void theAdminSetsWhatTheSheetsCarry() {
        logInAndWaitFor("admin", "Users");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinic settings")).click();
        assertThat(heading("Clinic settings")).isVisible();
        page.getByLabel("Patient portal address").fill("https://admin:secret@portal.example/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(screen().getByText("leave out user names")).isVisible();
        page.getByLabel("Patient portal address").fill("https://portal.lindenhof.example/");
        page.getByLabel("Contact line").fill("Phone 030 555 0100 · hello@lindenhof.example");
        screen().getByText("US Letter").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        assertThat(toast().getByText("The clinic settings are saved.")).isVisible();
        screenshot("clinic-settings-desktop");

        page.reload();
        assertThat(page.getByLabel("Contact line")).hasValue("Phone 030 555 0100 · hello@lindenhof.example");

        usePhone(true);
        logInAndWaitFor("admin", "Users");
        open("settings");
        assertThat(heading("Clinic settings")).isVisible();
        screenshot("clinic-settings-phone");
    }

    @Test
    void theTherapistTypesAPaperLogBackInAndItCountsInAdherence() {
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("James O'Connor")).first().click();
        Locator days14 = page.locator(".adherence-panel .figure").filter(new Locator.FilterOptions()
                .setHasText("Days with a session, last 14 days")).locator(".figure-value");
        assertThat(days14).hasText("0 %");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter paper log")).click();
        assertThat(heading("Paper log for James O'Connor")).isVisible();

        List<Locator> boxes = page.locator(".paper-grid vaadin-checkbox").all();
        assertThat(boxes.size()).isGreaterThan(10);
        for (int i = 0; i < boxes.size(); i += 2) {
            boxes.get(i).click();
        }
        page.getByLabel("Pain on", new Page.GetByLabelOptions()).first().fill("3");
        screenshot("paper-log-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save paper log")).click();
        assertThat(toast().getByText("entered from paper.")).isVisible();
        assertThat(page.locator(".paper-logged").first()).containsText("paper entered");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to James O'Connor")).click();
        assertThat(days14).not().hasText("0 %");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("James O'Connor")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter paper log")).click();
        assertThat(heading("Paper log for James O'Connor")).isVisible();
        screenshot("paper-log-phone");

        Locator lastPain = page.getByLabel("Pain on", new Page.GetByLabelOptions()).last();
        lastPain.fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save paper log")).click();
        assertThat(page.locator(".paper-grid vaadin-integer-field[invalid]")).hasCount(1);
        assertThat(page.locator(".paper-grid")).containsText("No session ticked: tick one or clear the pain.");
        lastPain.scrollIntoViewIfNeeded();
        screenshot("paper-log-problem-phone");
    }

    @Test
    void batchPrintingMakesOnePdfForTheWeeksReviews() throws Exception {
        LocalDate friday = TestClock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(4);
        reviewDueOn("Rita", "Review", friday);
        reviewDueOn("Ravi", "Review", friday);

        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sheets for this week's reviews")).click();
        assertThat(screen().getByText("Rita Review — review")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Print \\d+ sheets$"))).click();
        assertThat(page.locator("progress")).isVisible();
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download all sheets (PDF)"));
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
        assertThat(page.locator("progress")).hasAttribute("value", page.locator("progress").getAttribute("max"));
        screenshot("batch-sheets-desktop");
        Download download = page.waitForDownload(link::click);
        Path file = Path.of("target", "sheets", "e2e-batch.pdf");
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        byte[] pdf = Files.readAllBytes(file);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = app.plumbline.sheet.SheetFixture.text(pdf);
        assertThat(text).contains("Rita Review", "Ravi Review");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sheets for this week's reviews")).click();
        assertThat(screen().getByText("Rita Review — review")).isVisible();
        screenshot("batch-sheets-phone");
    }

    private void reviewDueOn(String given, String family, LocalDate review) {
        Long anna = system.accountId("anna.berg").orElseThrow();
        system.runAs(anna, () -> {
            Long id = patients.create(new PatientDetailsInput(given, family, null, null, "en", null)).patientId();
            List<ExerciseCard> cards = catalog.prescribable().stream()
                    .filter(e -> e.slug().equals("chin-tuck") || e.slug().equals("upper-trapezius-stretch")).toList();
            var draft = programs.draft(signIn.ref(id));
            programs.publish(signIn.ref(id), draft.version(), new ProgramContent("Neck at ease", review,
                    cards.stream().map(c -> new Prescription(c.id(), c.dosage(), null, null, null, null)).toList()),
                    "First program");
            return null;
        });
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
