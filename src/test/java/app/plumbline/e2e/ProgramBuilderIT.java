package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The therapist's main journey: new patient, findings, starter program, two versions, their diff. */
class ProgramBuilderIT extends BrowserTest {

    @Test
    void therapistBuildsPublishesAndComparesTwoVersions() {
        logInAndWaitFor("anna.berg", "Patients");
        button("New patient").click();
        page.getByLabel("First name").fill("Ella");
        page.getByLabel("Last name").fill("Brandt");
        // Month first is not read (it would be 15 March as day/month): said at the field, nothing created.
        Locator born = page.getByLabel("Date of birth");
        born.fill("3/15/1980");
        born.press("Enter");
        button("Create patient").click();
        assertThat(screen().getByText("Enter the date as year-month-day, for example 1980-03-15.")).isVisible();
        assertThat(screen().getByText("Activation code:")).hasCount(0);
        born.fill("15/3/1980");
        born.press("Enter");
        assertThat(born).hasValue("1980-03-15");
        // A person's double click: two clicks where the button was, whatever the first one changed.
        var create = button("Create patient").boundingBox();
        page.mouse().dblclick(create.x + create.width / 2, create.y + create.height / 2);
        assertThat(screen().getByText("Activation code:")).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(1);
        screenshot("new-patient-code-desktop");
        assertThat(page.locator(".activation-code")).hasText(java.util.regex.Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"));
        button("Open the patient's page").click();
        assertThat(heading("Ella Brandt")).isVisible();
        // The closed dialog gave the page back to screen readers.
        assertThat(page.locator("#outlet")).not().hasAttribute("aria-hidden", "true");

        button("Record assessment").click();
        chooseComboBox("Finding 1", "Forward head posture (forward chin)");
        chooseComboBox("Finding 2", "Upper crossed syndrome");
        button("Save assessment").click();
        assertThat(screen().getByText("Forward head posture (forward chin) — both sides, moderate")).isVisible();
        assertThat(screen().getByText("Upper crossed syndrome — both sides, moderate")).isVisible();

        button("Program builder").click();
        assertThat(heading("Program for Ella Brandt")).isVisible();
        // Findings and no program yet: the builder opens with the starter proposed, unsaved.
        assertThat(page.locator(".builder-proposal")).containsText("Proposed from the findings");
        Locator lines = page.locator(".rx-line");
        assertThat(lines.first()).isVisible();
        int count = lines.count();
        org.assertj.core.api.Assertions.assertThat(count).isBetween(2, 5);
        String firstName = lines.first().locator(".rx-name").innerText();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        screenshot("builder-starter-desktop");

        lines.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dose")).click();
        Locator sets = lines.first().getByLabel("Sets", new Locator.GetByLabelOptions().setExact(true));
        sets.fill("3");
        sets.press("Tab");
        // Everyday advice for the findings is listed with a checkbox each, ticked here by keyboard.
        Locator screenAdvice = page.getByRole(AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Screen at eye level"));
        screenAdvice.focus();
        page.keyboard().press("Space");
        assertThat(screenAdvice).isChecked();
        // Version 1 needs no reason: one click (double-clicked here: still one version).
        button("Publish version 1").dblclick();
        assertThat(toast().getByText("Version 1 published")).isVisible();

        lines.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dose")).click();
        sets.fill("4");
        sets.press("Tab");
        publish(2, "More sets: managing well");
        assertThat(toast().getByText("Version 2 published")).isVisible();
        screenshot("builder-after-publish-desktop");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Ella Brandt")).click();
        assertThat(screen().getByText("Version 2 (active)")).isVisible();
        // Publish was double-clicked each time (below): still one version per click on Publish….
        assertThat(screen().getByText("Version 3")).hasCount(0);
        Locator diff = page.locator(".version-history ul.diff");
        // "3 sets of 10" or, for a held stretch, "3 holds of 30 seconds": whichever the starter picked first.
        assertThat(diff).containsText(firstName + ": 3 ");
        assertThat(diff).containsText(java.util.regex.Pattern.compile("→ 4 (sets|holds)"));
        assertThat(screen().getByText("More sets: managing well", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(false)).first())
                .isVisible();
        screenshot("patient-page-versions-desktop");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        // "Create patient" was double-clicked: one Ella Brandt.
        assertThat(page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("Ella Brandt")))
                .hasCount(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ella Brandt")).first().click();
        assertThat(heading("Ella Brandt")).isVisible();
        screenshot("patient-page-phone");
        button("New activation code").click();
        assertThat(screen().getByText("Activation code:")).isVisible();
        screenshot("activation-code-phone");
        button("Open the patient's page").click();
        assertThat(heading("Ella Brandt")).isVisible();
        button("Program builder").click();
        assertThat(heading("Program for Ella Brandt")).isVisible();
        screenshot("builder-phone");
        Locator advice = page.locator(".advice-chooser");
        advice.scrollIntoViewIfNeeded();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Screen at eye level")))
                .isChecked();
        org.assertj.core.api.Assertions.assertThat(advice.boundingBox().x + advice.boundingBox().width)
                .as("the advice fits a 390 px screen").isLessThanOrEqualTo(390);
        advice.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots",
                "builder-advice-phone.png")));
    }

    @Test
    void draftFieldErrorIsShownAtTheDoseAndNothingIsSaved() {
        logInAndWaitFor("tom.ruiz", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("David Kim")).first().click();
        button("Program builder").click();
        Locator first = page.locator(".rx-line").first();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dose")).click();
        first.getByLabel("Sets", new Locator.GetByLabelOptions().setExact(true)).fill("40");
        first.getByLabel("Sets", new Locator.GetByLabelOptions().setExact(true)).press("Tab");
        button("Save draft").click();
        assertThat(first.getByText("Use a number from 1 to 10.")).isVisible();
        screenshot("builder-field-error-desktop");
    }

    private void publish(int number, String reason) {
        button("Publish version " + number + "…").click();
        page.getByLabel("Reason for this version").fill(reason);
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))
                .dblclick();
    }

    private void chooseComboBox(String label, String option) {
        Locator box = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        box.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
