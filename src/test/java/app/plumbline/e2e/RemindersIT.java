package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * A patient sets reminders on a phone, by keyboard where it matters; the therapist sees the line
 * on the patient page; the admin sees the outbox of the demo clinic (no mail server) on a phone
 * and a desktop.
 */
class RemindersIT extends BrowserTest {

    @Test
    void patientSetsRemindersOnAPhoneTherapistSeesThemAdminSeesTheOutbox() {
        window(390);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("reminders");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reminders").setExact(true))).isVisible();
        assertThat(page.locator("#reminder-address")).containsText("maria.lopez@example.org");
        settle();
        screenshot("reminders-suggested-phone");

        Locator days = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Days"));
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
            Locator chip = days.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(day).setExact(true));
            if ("true".equals(chip.getAttribute("aria-pressed"))) {
                chip.click();
                assertThat(chip).hasAttribute("aria-pressed", "false");
            }
        }
        Locator tuesday = days.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tuesday"));
        tuesday.focus();
        page.keyboard().press("Space");
        assertThat(tuesday).hasAttribute("aria-pressed", "true");
        days.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thursday")).click();

        Locator firstTime = page.locator("vaadin-time-picker input").first();
        firstTime.fill("22:00");
        firstTime.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#reminder-times")).containsText("quiet hours");
        settle();
        screenshot("reminders-quiet-hours-phone");

        firstTime.fill("18:30");
        firstTime.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(toast()).containsText("Reminders saved.");
        settle();
        screenshot("reminders-saved-phone");

        window(1366);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("reminders");
        page.locator("#message-notices").waitFor();
        settle();
        screenshot("reminders-saved-desktop");

        window(1366);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maria Lopez")).click();
        assertThat(page.locator("#reminder-status")).hasText("Reminders: email, Tue Thu 18:30");
        settle();
        screenshot("reminders-patient-page-desktop");

        window(390);
        logInAndWaitFor("admin", "Users");
        open("admin/outbox");
        assertThat(page.locator("#no-mail-server")).containsText("No mail server is configured");
        assertThat(page.locator(".outbox-item").first()).containsText("Not sent: no mail server configured");
        closeOverlayDrawer();
        settle();
        screenshot("outbox-phone");
        window(1366);
        logInAndWaitFor("admin", "Users");
        open("admin/outbox");
        assertThat(page.locator(".outbox-item").first()).isVisible();
        closeOverlayDrawer();
        settle();
        screenshot("outbox-desktop");
    }

    /**
     * A fresh window at phone or desktop width. Actions may wait longer than BrowserTest's default:
     * on the shared build machine the first page of a fresh window has taken more than 15 s.
     */
    private void window(int width) {
        if (width <= 390) {
            usePhone(true);
        } else {
            useWindow(width, 900, false);
        }
        page.setDefaultTimeout(45_000);
    }

    /**
     * The menu drawer may stay open over the content after a page load; a person would close it
     * with "Menu", once the layout has settled (a press before that may be undone by it).
     */
    private void closeOverlayDrawer() {
        layoutSettled();
        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        if ("true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
            assertThat(toggle).hasAttribute("aria-expanded", "false");
        }
    }

    private void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
