package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.SignIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * How the paper side of outcome measures looks at 1366 px and 390 px: the paper-entry form with
 * its problems at the fields, the sheet options with "Include questionnaires", and the admin's
 * questionnaire settings. Screenshots go to target/screenshots.
 */
@Import({DemoPatients.class, SignIn.class})
class OutcomesPaperIT extends BrowserTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    SignIn signIn;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private void openMaria() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        signIn.out();
        open("patients/" + maria);
        assertThat(page.getByRole(AriaRole.HEADING, named("Outcome measures"))).isVisible();
    }

    private void paperEntry(String shot) {
        openMaria();
        page.getByRole(AriaRole.BUTTON, named("Enter answers from paper")).click();
        var dialog = page.locator("vaadin-dialog.paper-entry");
        assertThat(dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Save answers"))).isVisible();
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, named("TSK-11 · Tampa Scale of Kinesiophobia (11 items)")).click();
        assertThat(dialog.getByText("1. I'm afraid that I might injure myself if I exercise.")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save answers")).click();
        assertThat(dialog.getByText("Give the date the patient filled it in (today or before).")).isVisible();
        assertThat(dialog.getByText("Please answer this question.").first()).isVisible();
        if (shot.endsWith("phone")) {
            assertThat(page.locator("vaadin-app-layout[overlay]:not([drawer-opened])")).hasCount(1);
        }
        screenshot(shot);
    }

    @Test
    void thePaperEntryFormShowsEveryProblemAtItsFieldOnADesktop() {
        usePhone(false);
        logInAndWaitFor("anna.berg", "Patients");
        paperEntry("paper-entry-refused-desktop");
    }

    @Test
    void thePaperEntryFormShowsEveryProblemAtItsFieldOnAPhone() {
        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        paperEntry("paper-entry-refused-phone");
    }

    @Test
    void theAdminsQuestionnaireSettingsOnADesktop() {
        questionnaireSettings(false);
    }

    @Test
    void theAdminsQuestionnaireSettingsOnAPhone() {
        questionnaireSettings(true);
    }

    private void questionnaireSettings(boolean phone) {
        {
            usePhone(phone);
            logInAndWaitFor("admin", "Users");
            open("settings/questionnaire-texts");
            assertThat(page.getByRole(AriaRole.HEADING, named("Questionnaire settings"))).isVisible();
            assertThat(page.getByText("Not imported: cannot be assigned or printed.").first()).isVisible();
            if (phone) {
                // On a phone the menu drawer is an overlay: wait until it has closed.
                assertThat(page.locator("vaadin-app-layout[overlay]:not([drawer-opened])")).hasCount(1);
            }
            screenshot("questionnaire-settings-" + (phone ? "phone" : "desktop"));
        }
    }
}
