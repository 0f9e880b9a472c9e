package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop: an alert, the regress suggestion applied as a new version, which the patient then follows. */
class AdjustmentLoopIT extends BrowserTest {

    @Test
    void therapistAppliesTheRegressSuggestionForRisingPainAndThePatientSeesTheNewVersion() {
        logInAndWaitFor("anna.berg", "Patients");
        Locator sofia = page.locator(".alert-row").filter(new Locator.FilterOptions().setHasText("Sofia Rossi"));
        assertThat(sofia).containsText("Pain");
        screenshot("needs-attention-desktop");
        sofia.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sofia Rossi")).click();

        Locator regress = page.locator(".suggestion-card").filter(new Locator.FilterOptions().setHasText("Regress"))
                .first();
        assertThat(regress).containsText("Pain during above 5/10");
        assertThat(regress).containsText("Basis: Pain-monitoring model");
        String title = regress.locator("h3").innerText();
        screenshot("suggestion-regress-desktop");
        regress.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply as a new version")).click();
        assertThat(toast().getByText("published: " + title)).isVisible();
        assertThat(screen().getByText("Applied suggestion: " + title).first()).isVisible();
        assertThat(page.locator(".suggestion-card h3").getByText(title, new Locator.GetByTextOptions().setExact(true)))
                .hasCount(0);

        usePhone(true);
        logInAndWaitFor("sofia.rossi", "Hello, Sofia");
        open("my-program");
        assertThat(screen().getByText(Pattern.compile("^Version [2-9]"))).isVisible();
        screenshot("my-program-after-suggestion-phone");
    }
}
