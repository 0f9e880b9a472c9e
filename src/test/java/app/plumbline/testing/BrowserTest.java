package app.plumbline.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * End-to-end tests: the whole app on a random port over a fresh file database with the demo
 * clinic, driven through headless Chromium. Server and browser start at the test's "today"
 * ({@link TestClock}) in the JVM's time zone. Uses the system Chromium when there is one
 * (Playwright cannot download its own browser offline), Playwright's bundled one otherwise.
 * On failure a screenshot and the page HTML go to {@code target/e2e-failures/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
@TestPropertySource(properties = {
        "plumbline.data-dir=target/e2e-data/${random.uuid}",
        "vaadin.devmode.devTools.enabled=false"})
public abstract class BrowserTest {

    public static final String PASSWORD = "plumbline-demo";
    private static final List<String> CHROMIUMS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;
    private BrowserContext context;
    protected Page page;

    @RegisterExtension
    final AfterTestExecutionCallback keepEvidence = this::keepEvidenceOnFailure;

    @BeforeAll
    static void launchBrowser() {
        var systemChromium = CHROMIUMS.stream().map(Paths::get).filter(Files::isExecutable).findFirst();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(systemChromium.isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"));
        systemChromium.ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
        // Web-first assertions wait as long as actions do: on a busy 2-core machine a first page
        // (cold JIT, Argon2 at sign-in) can take longer than Playwright's 5 s default.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        usePhone(false);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** A fresh browser window at desktop (1280×800) or phone (390×844) size, signed out. */
    protected void usePhone(boolean phone) {
        useWindow(phone ? 390 : 1280, phone ? 844 : 800, phone);
    }

    /** A fresh browser window of this size (a phone: touch, twice the pixels), signed out. */
    protected void useWindow(int width, int height, boolean phone) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setDeviceScaleFactor(phone ? 2 : 1)
                .setIsMobile(phone)
                .setHasTouch(phone)
                .setTimezoneId(ZoneId.systemDefault().getId())
                .setServiceWorkers(serviceWorkers() ? com.microsoft.playwright.options.ServiceWorkerPolicy.ALLOW
                        : com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        context.setDefaultTimeout(15_000);
        // The browser's clock starts at the test's "today" too; it runs on from there (timers work).
        context.clock().install(new com.microsoft.playwright.Clock.InstallOptions()
                .setTime(TestClock.start(ZoneId.systemDefault()).toEpochMilli()));
        page = context.newPage();
    }

    /**
     * Whether the app's service worker may run. Blocked by default, and only the push tests need
     * one: the worker's own requests (its precache, its update checks) reach the server beside the
     * page's, so a test that looks at what the first request after an event sees (the one-time "You
     * were signed out" after an admin ended the session) would see what the worker's request left.
     * Sheet downloads work with the worker running (SheetsIT passes either way).
     */
    protected boolean serviceWorkers() {
        return false;
    }

    protected String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    protected void open(String route) {
        page.navigate(url(route));
    }

    protected void logIn(String username, String password) {
        open("login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    protected void logInAndWaitFor(String username, String heading) {
        logIn(username, PASSWORD);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(heading).setExact(true))).isVisible();
        layoutSettled();
    }

    /**
     * Waits until the app layout has laid itself out for the window: on a phone the menu drawer
     * lies over the content, closed; on a desktop the content stands beside the drawer and below
     * the navbar. The layout works its mode and offsets out in an animation frame after a resize
     * (it then sets its private {@code --_vaadin-app-layout-navbar-offset-size}), and under the
     * test's installed clock that frame comes up to a second after a page load's view shows
     * (measured: not yet at 0.5 s, done at 1 s; in a browser without the installed clock it is laid
     * out when the view shows). Until then the drawer and the content lie on top of each other in
     * a screenshot, and a press on "Menu" may be undone.
     */
    protected void layoutSettled() {
        page.waitForFunction("() => { const layout = document.querySelector('vaadin-app-layout');"
                + " return !layout || (layout.style.getPropertyValue('--_vaadin-app-layout-navbar-offset-size') !== ''"
                + " && layout.overlay === (getComputedStyle(layout)"
                + ".getPropertyValue('--vaadin-app-layout-drawer-overlay').trim() === 'true')); }");
    }

    /**
     * What a person sees of the screen: the view and any open dialog. Never Vaadin's live region,
     * which repeats a field's error message and a toast's text for screen readers, nor a toast.
     */
    protected Locator screen() {
        return page.locator("main, [role=dialog]");
    }

    /** The toasts (confirmations and refusals) now showing. */
    protected Locator toast() {
        return page.locator("vaadin-notification-card");
    }

    /** Saves what the page looks like now, for a person to look at. */
    protected Path screenshot(String name) {
        layoutSettled();
        Path file = Paths.get("target", "screenshots", name + ".png");
        // Finished animations: a dialog still fading in or a drawer still sliding shows half of each.
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        return file;
    }

    private void keepEvidenceOnFailure(ExtensionContext test) throws IOException {
        if (test.getExecutionException().isEmpty() || page == null) {
            return;
        }
        Path dir = Files.createDirectories(Paths.get("target", "e2e-failures"));
        String name = test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName();
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        Files.writeString(dir.resolve(name + ".html"), page.content());
    }
}
