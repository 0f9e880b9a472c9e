package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AdherenceIT extends BrowserTest {

    @Test
    void therapistSeesAdherenceAndPainOfTheDemoPatientWithRisingPain() {
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sofia Rossi")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Adherence and pain")))
                .isVisible();
        assertThat(screen().getByText("Exercises done, last 14 days")).isVisible();
        // The adherence panel's own chart (the outcome measures below have charts of their own).
        assertThat(page.locator(".adherence-panel plumbline-chart canvas")).isVisible();
        assertThat(page.locator(".heat-row")).hasCount(4);
        screenshot("patient-adherence-desktop");
        // The page scrolls inside the layout, so a full-page shot shows only the top.
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Red flags and notes"))
                .scrollIntoViewIfNeeded();
        screenshot("patient-red-flags-desktop");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sofia Rossi")).first().click();
        assertThat(screen().getByText("Exercises done, last 14 days")).isVisible();
        screenshot("patient-adherence-phone");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Red flags and notes"))
                .scrollIntoViewIfNeeded();
        screenshot("patient-red-flags-phone");
    }

    @Test
    void therapistSnoozesOneReasonFromTheHomeByKeyboardAndTheOtherStays() {
        logInAndWaitFor("anna.berg", "Patients");
        Locator james = page.locator(".alert-row").filter(new Locator.FilterOptions().setHasText("James O'Connor"));
        assertThat(james).containsText("Adherence 0 %");
        Locator snooze = james.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Snooze for 7 days: Adherence")));
        snooze.focus();
        page.keyboard().press("Enter");

        assertThat(james.getByText(Pattern.compile("^Adherence"))).hasCount(0);
        assertThat(james).containsText("No log on");
        page.reload();
        assertThat(james).containsText("No log on");
        assertThat(james).not().containsText("Adherence 0 %");
    }

    @Test
    void therapistHomeShowsAdherenceAndTheAdminSetsThresholds() {
        logInAndWaitFor("anna.berg", "Patients");
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Adherence (14 days)")))
                .isVisible();
        assertThat(page.locator(".alert-row").first()).isVisible();
        screenshot("therapist-home-desktop");
        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        screenshot("therapist-home-phone");

        usePhone(false);
        logInAndWaitFor("admin", "Users");
        open("settings/thresholds");
        var checkIn = page.locator("#threshold-checkInAfterDays input");
        checkIn.fill("70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save thresholds")).click();
        assertThat(screen().getByText("Between 1 and 60 scheduled days.")).isVisible();
        screenshot("thresholds-desktop");
        page.locator("#threshold-settleScheduledDays").scrollIntoViewIfNeeded();
        screenshot("thresholds-new-programs-desktop");
        checkIn.fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save thresholds")).click();
        assertThat(toast().getByText("Thresholds saved.")).isVisible();
        usePhone(true);
        logInAndWaitFor("admin", "Users");
        open("settings/thresholds");
        assertThat(screen().getByText("Your clinic uses its own numbers.")).isVisible();
        screenshot("thresholds-phone");
        page.locator("#threshold-settleScheduledDays").scrollIntoViewIfNeeded();
        screenshot("thresholds-new-programs-phone");
    }
}
