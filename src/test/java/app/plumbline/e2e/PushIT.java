package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installable app and the reminders card in Chromium: the manifest with its icons, the service
 * worker registering, and the card's answers. Headless Chromium reaches no real push service, so
 * turning reminders on is tried as far as the browser goes: with notifications not allowed the card
 * says they are blocked; with them allowed the browser's subscription fails and the card says so.
 * Delivery itself is tested against a local push service (PushNotificationsTest).
 */
class PushIT extends BrowserTest {

    @Override
    protected boolean serviceWorkers() {
        return true;
    }

    private static final String IPHONE_SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @Test
    void theManifestNamesTheAppAndItsIconsAndEachIconIsServed() {
        open("login");
        String href = page.locator("link[rel=manifest]").getAttribute("href");
        var manifest = page.request().get(url(href.replaceFirst("^\\./", "")));
        assertThat(manifest.status()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(manifest.text());
        assertThat(json.path("name").asString()).isEqualTo("Plumbline");
        assertThat(json.path("short_name").asString()).isEqualTo("Plumbline");
        assertThat(json.path("display").asString()).isEqualTo("standalone");
        assertThat(json.path("theme_color").asString()).isEqualTo("#1f6984");
        List<String> sizes = json.path("icons").valueStream().map(i -> i.path("sizes").asString()).toList();
        assertThat(sizes).contains("192x192", "512x512");
        for (JsonNode icon : json.path("icons")) {
            var image = page.request().get(url(icon.path("src").asString()));
            assertThat(image.status()).as(icon.path("src").asString()).isEqualTo(200);
            assertThat(image.headers().get("content-type")).startsWith("image/png");
        }
        assertThat(page.request().get(url("offline.html")).text()).contains("You are offline");
    }

    @Test
    void theServiceWorkerRegistersAndTheCardOffersRemindersOnAPhone() {
        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        Object scope = page.evaluate("() => navigator.serviceWorker.ready.then(r => r.active ? r.scope : null)");
        assertThat(scope).isEqualTo(url(""));
        // Plumbline's own service worker (frontend/sw.ts): a tap opens the reminder's page
        assertThat(page.request().get(url("sw.js")).text()).contains("notification.data?.url");

        // The card is on the patient's Reminders screen, and on a screen of its own for a direct link.
        open("reminders");
        assertThat(page.locator(".push-card")).containsText("Reminders on this device");
        open("notifications");
        assertThat(heading("Notifications")).isVisible();
        Locator card = page.locator(".push-card");
        assertThat(card).containsText("Reminders on this device");
        assertThat(card).containsText("never what you are doing");
        Locator turnOn = card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Turn on"));
        assertThat(turnOn).isVisible();
        screenshot("push-card-off-phone");

        // by keyboard; headless Chromium answers the permission prompt with "denied"
        turnOn.focus();
        page.keyboard().press("Enter");
        assertThat(card).containsText("Notifications are blocked for this site in your browser settings");
        assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
        screenshot("push-card-after-turn-on-phone");
    }

    @Test
    void allowedButWithoutAPushServiceTheCardSaysItCouldNotTurnThemOn() {
        useWindow(1366, 768, false);
        page.context().grantPermissions(List.of("notifications"));
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        page.evaluate("() => navigator.serviceWorker.ready");
        open("notifications");
        Locator card = page.locator(".push-card");
        Locator turnOn = card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Turn on"));
        assertThat(turnOn).isVisible();
        screenshot("push-card-off-desktop");
        turnOn.click();
        assertThat(toast()).containsText("could not turn reminders on");
        assertThat(turnOn).isVisible();
    }

    @Test
    void onAnIphoneInSafariTheCardSaysToAddTheAppToTheHomeScreen() {
        usePhone(true);
        page.addInitScript("Object.defineProperty(navigator, 'userAgent', {get: () => '" + IPHONE_SAFARI + "'});");
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("notifications");
        Locator card = page.locator(".push-card");
        assertThat(card).containsText("On iPhone and iPad, add Plumbline to the Home Screen first "
                + "(Share → Add to Home Screen), then open it from there.");
        assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
        screenshot("push-card-iphone-safari-phone");
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
