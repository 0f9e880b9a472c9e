package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class CatalogIT extends BrowserTest {

    @Test
    void therapistSearchesChinAndOpensChinTuck() {
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercise catalog")).click();
        assertThat(heading("Exercise catalog")).isVisible();

        page.getByLabel("Search").fill("chin");
        Locator chinTuck = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chin tuck").setExact(true));
        assertThat(chinTuck).isVisible();
        assertThat(screen().getByText("Short-foot exercise (arch doming), seated")).hasCount(0);
        screenshot("catalog-search-chin-desktop");
        chinTuck.click();

        assertThat(heading("Chin tuck")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Steps"))).isVisible();
        assertThat(screen().getByText("Keeping your eyes level, slide your chin straight back")).isVisible();
        Locator illustration = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Illustration: Chin tuck"));
        assertThat(illustration).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", illustration.elementHandle());
        screenshot("catalog-exercise-desktop");
    }

    @Test
    void catalogScreensAtPhoneWidth() {
        usePhone(true);
        logInAndWaitFor("tom.ruiz", "Patients");
        open("catalog?pattern=forward-head-posture");
        assertThat(heading("Exercise catalog")).isVisible();
        assertThat(screen().getByText("— underactive in forward head posture").first()).isVisible();
        screenshot("catalog-pattern-phone");

        open("catalog/exercise/chin-tuck");
        assertThat(heading("Chin tuck")).isVisible();
        screenshot("catalog-exercise-phone");

        open("catalog/pattern/jaw-asymmetry");
        assertThat(heading("Craniofacial and jaw asymmetry")).isVisible();
        screenshot("catalog-pattern-page-phone");

        usePhone(false);
        logInAndWaitFor("tom.ruiz", "Patients");
        open("catalog/pattern/anterior-pelvic-tilt");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Release and stretch the overactive side")))).isVisible();
        screenshot("catalog-pattern-page-desktop");
        open("catalog/patterns");
        screenshot("catalog-patterns-desktop");
    }

    @Test
    void unknownExerciseIsNotFound() {
        logInAndWaitFor("anna.berg", "Patients");
        open("catalog/exercise/no-such-exercise");
        assertThat(heading("This page is not available to you")).isVisible();
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
