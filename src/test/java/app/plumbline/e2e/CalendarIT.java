package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * A patient on a phone switches the calendar on, sees the address, and the feed is fetched at that
 * address by the browser with nobody signed in; renewing by keyboard makes the old address stop.
 */
class CalendarIT extends BrowserTest {

    @Test
    void patientTurnsTheCalendarOnOnAPhoneAndTheAddressServesTheFeed() throws Exception {
        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("calendar");
        assertThat(heading("Calendar")).isVisible();
        settle();
        screenshot("calendar-off-phone");

        button("Switch on calendar").click();
        Locator field = addressField();
        assertThat(field).hasValue(java.util.regex.Pattern.compile("^http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics$"));
        String address = field.inputValue();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to Google Calendar")))
                .hasAttribute("href", java.util.regex.Pattern.compile("^https://calendar\\.google\\.com/calendar/r\\?cid=webcal"));
        settle();
        screenshot("calendar-on-phone");

        // Renew by keyboard: focus the button, Enter, then Enter on the dialog's confirm button.
        button("Renew address").focus();
        page.keyboard().press("Enter");
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("stops working at once");
        settle();
        screenshot("calendar-renew-dialog-phone");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Renew address")).focus();
        page.keyboard().press("Enter");
        assertThat(field).not().hasValue(address);
        String renewed = field.inputValue();

        usePhone(true);
        APIResponse feed = page.request().get(renewed);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.headers()).doesNotContainKey("set-cookie");
        String text = feed.text();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.getSummary().getValue())
                .isEqualTo("Home exercises"));
        assertThat(text).doesNotContain("Maria");
        assertThat(page.request().get(address).status()).as("the address before renewing").isEqualTo(404);

        useWindow(1366, 800, false);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("calendar");
        assertThat(heading("Calendar")).isVisible();
        assertThat(addressField()).hasValue(renewed);
        settle();
        screenshot("calendar-on-desktop");
    }

    private Locator addressField() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Calendar address"));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void settle() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }
}
