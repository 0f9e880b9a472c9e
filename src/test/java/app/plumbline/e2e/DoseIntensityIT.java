package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** On a phone: a band colour and a tempo set in the builder's dose (tempo typed, Tab to leave), said in its summary. */
class DoseIntensityIT extends BrowserTest {

    @Test
    void bandAndTempoOnAPhoneWithoutSidewaysScrolling() {
        usePhone(true);
        logInAndWaitFor("tom.ruiz", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("David Kim")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Program builder")).click();
        Locator first = page.locator(".rx-line").first();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dose")).click();

        // The selects open from the keyboard (the list itself is Vaadin's own, keyboard-tested component).
        Locator measuredBy = first.getByLabel("Measured by", new Locator.GetByLabelOptions().setExact(true));
        measuredBy.focus();
        page.keyboard().press("ArrowDown");
        Locator bandOption = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Band colour"));
        bandOption.click();
        assertThat(bandOption).isHidden();
        // The intensity row: "Measured by", then the input of the chosen kind.
        Locator band = first.locator(".dosage-row vaadin-select").nth(1);
        assertThat(band).isVisible();
        band.click();
        Locator red = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Red"));
        red.click();
        assertThat(red).isHidden();
        first.getByLabel("Lift (s)", new Locator.GetByLabelOptions().setExact(true)).fill("2");
        first.getByLabel("Lower (s)", new Locator.GetByLabelOptions().setExact(true)).fill("3");
        first.getByLabel("Lower (s)", new Locator.GetByLabelOptions().setExact(true)).press("Tab");

        assertThat(first.locator(".rx-summary")).containsText("red band; lift over 2 seconds, lower over 3 seconds");
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        screenshot("builder-dose-intensity-phone");
    }
}
