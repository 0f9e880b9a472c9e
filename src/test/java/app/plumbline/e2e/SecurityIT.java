package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.security.AccountService;
import app.plumbline.security.Role;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** Login protection, session handling, security headers and the CSP, in the real browser. */
class SecurityIT extends BrowserTest {

    @Autowired
    SystemAccounts system;
    @Autowired
    AccountService accounts;
    @Autowired
    app.plumbline.patient.PatientService patients;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    private final List<String> violations = new ArrayList<>();

    /** Collects every Content-Security-Policy violation the browser reports on this page. */
    private void watchForCspViolations() {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Response response = page.navigate(url("login"));
        var headers = response.allHeaders();
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'", "default-src 'self'",
                "object-src 'none'");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    }

    @Test
    void theMainScreensRunUnderTheContentSecurityPolicy() {
        watchForCspViolations();
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, named("Maria Lopez")).first().click();
        assertThat(page.locator("plumbline-chart canvas").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Log out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        logInAndWaitFor("maria.lopez", "Hello, Maria");
        var timer = page.locator("plumbline-hold-timer").first();
        timer.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Start"))
                .click();
        assertThat(timer.getByText("Get ready")).isVisible();
        open("progress");
        assertThat(page.locator("plumbline-chart canvas").first()).isVisible();

        assertThat(violations).isEmpty();
    }

    @Test
    void repeatedWrongPasswordsPauseSignInWithAClearMessage() {
        system.ensureAccount(system.demoClinic().orElseThrow().getId(), "locked.out", "Lou Locked",
                Role.THERAPIST, "the right long password");
        for (int i = 0; i < 5; i++) {
            logIn("locked.out", "a wrong password " + i);
            assertThat(screen().getByText("Wrong username or password")).isVisible();
        }

        logIn("locked.out", "the right long password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?locked=1$"));
        assertThat(screen().getByText("Too many failed sign-ins")).isVisible();
        assertThat(screen().getByText(Pattern.compile("sign-in is paused for about a minute"))).isVisible();
        screenshot("login-locked-desktop");
        open("patients");
        assertThat(page).hasURL(url("login"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().allValues("set-cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void aSignInPostWithoutTheFormsCsrfTokenSignsNobodyInWhileTheFormItselfWorks() {
        open("login");
        APIResponse forged = page.request().post(url("login"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("username", "anna.berg").set("password", PASSWORD)));

        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.headers().get("location")).endsWith("/login?expired");
        open("patients");
        assertThat(page).hasURL(url("login"));
        open("login?expired");
        assertThat(page.getByText("The sign-in page had expired. Please sign in again.")).isVisible();

        logInAndWaitFor("anna.berg", "Patients");
    }

    @Test
    void changingThePasswordSignsOutTheAccountsOtherSessionsButNotThisOne() {
        system.ensureAccount(system.demoClinic().orElseThrow().getId(), "two.devices", "Tess Two",
                Role.THERAPIST, "the first long password");
        logIn("two.devices", "the first long password");
        assertThat(page.getByRole(AriaRole.HEADING, named("Patients"))).isVisible();
        String laptop = sessionId();
        page.context().clearCookies();
        logIn("two.devices", "the first long password");
        assertThat(page.getByRole(AriaRole.HEADING, named("Patients"))).isVisible();
        String phone = sessionId();

        open("account/password");
        page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true))
                .fill("the first long password");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("the second long password");
        page.getByLabel("New password again", new Page.GetByLabelOptions().setExact(true))
                .fill("the second long password");
        page.getByRole(AriaRole.BUTTON, named("Change password")).click();
        assertThat(page.getByText("Your password is changed.")).isVisible();

        useSession(laptop);
        open("patients");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByText("You were signed out")).isVisible();
        useSession(phone);
        open("patients");
        assertThat(page.getByRole(AriaRole.HEADING, named("Patients"))).isVisible();
    }

    private void useSession(String id) {
        page.context().clearCookies();
        page.context().addCookies(List.of(new Cookie("JSESSIONID", id).setUrl(url(""))));
    }

    @Test
    void signingInGivesANewSessionIdAndLoggingOutEndsIt() {
        open("login");
        String before = sessionId();
        logInAndWaitFor("anna.berg", "Patients");
        String signedIn = sessionId();
        assertThat(signedIn).isNotNull().isNotEqualTo(before);

        page.getByRole(AriaRole.BUTTON, named("Log out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // The old session id, replayed, opens nothing.
        page.context().clearCookies();
        page.context().addCookies(List.of(new Cookie("JSESSIONID", signedIn).setUrl(url(""))));
        open("patients");
        assertThat(page).hasURL(url("login"));
    }

    @Test
    void goingBackToTheSignInPageWhileSignedInOpensHomeNotTheForm() {
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        assertThat(page).hasURL(url("today"));
        open("my-program");
        assertThat(page.getByRole(AriaRole.HEADING, named("My program"))).isVisible();

        page.goBack();
        page.goBack();

        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Maria"))).isVisible();
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
        open("activate");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Maria"))).isVisible();
    }

    @Test
    void anAdminEndsSomeonesSessionsAndTheyAreSignedOut() {
        logInAndWaitFor("tom.ruiz", "Patients");
        Long tom = system.accountId("tom.ruiz").orElseThrow();
        Long admin = system.accountId("admin").orElseThrow();

        // Leave the app's page first: its own background requests (heartbeat) would otherwise meet the
        // ended session before the next page does, and that page would then open signed out without the notice.
        page.navigate("about:blank");
        int ended = system.runAs(admin, () -> accounts.endSessions(tom));

        assertThat(ended).isGreaterThanOrEqualTo(1);
        open("patients");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(screen().getByText("You were signed out")).isVisible();
    }

    @Test
    void aTherapistOfAnotherClinicIsRefusedAPatientPageByDirectAddress() {
        Long anna = system.accountId("anna.berg").orElseThrow();
        Long maria = system.runAs(anna, () -> patients.clinicPatients().stream()
                .filter(p -> p.fullName().equals("Maria Lopez")).findFirst().orElseThrow().id());
        if (system.accountId("elsewhere.pt").isEmpty()) {
            Long clinic = system.createClinic("Elsewhere Physio", false).getId();
            system.ensureAccount(clinic, "elsewhere.pt", "Else Where", Role.THERAPIST, "the other clinic's pw");
        }
        logIn("elsewhere.pt", "the other clinic's pw");
        assertThat(page.getByRole(AriaRole.HEADING, named("Patients"))).isVisible();

        open("patients/" + maria);

        assertThat(page.getByRole(AriaRole.HEADING, named("This page is not available to you"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Patients"))).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Maria");
        assertThat(page.locator("body")).not().containsText("Lopez");
        screenshot("other-clinic-patient-refused-desktop");
    }

    @Test
    void anAddressThatLeadsNowhereShowsTheNotAvailablePageNotAnError() {
        logInAndWaitFor("anna.berg", "Patients");
        for (String route : List.of("patients/abc", "patients/abc/program", "patients/99999999999999999999",
                "catalog/exercise/nope", "no/such/page")) {
            open(route);
            assertThat(page.getByRole(AriaRole.HEADING, named("This page is not available to you"))).isVisible();
            assertThat(page.locator("body")).not().containsText("Exception");
        }
        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("history/abc");
        assertThat(page.getByRole(AriaRole.HEADING, named("This page is not available to you"))).isVisible();
    }

    @Test
    void idleSessionsAreNotKeptAliveByTheHeartbeat() {
        open("login");
        var configuration = vaadinServlet.getServlet().getService().getDeploymentConfiguration();
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isEqualTo(300);
    }

    @Test
    void adminScreensForTheAuditTrailAndLogins() {
        logInAndWaitFor("admin", "Users");
        assertThat(page.getByRole(AriaRole.HEADING, named("Patient logins"))).isVisible();
        screenshot("admin-users-logins-desktop");
        open("admin/audit");
        assertThat(page.getByRole(AriaRole.HEADING, named("Audit trail"))).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Verify the chain")).click();
        assertThat(screen().getByText(Pattern.compile("events are intact"))).isVisible();
        screenshot("admin-audit-desktop");

        usePhone(true);
        logInAndWaitFor("admin", "Users");
        open("admin/audit");
        assertThat(page.getByRole(AriaRole.HEADING, named("Audit trail"))).isVisible();
        screenshot("admin-audit-phone");
    }

    private String sessionId() {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }
}
