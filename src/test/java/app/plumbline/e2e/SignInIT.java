package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class SignInIT extends BrowserTest {

    @Test
    void eachRoleLandsOnItsHome() {
        logInAndWaitFor("admin", "Users");
        assertThat(page).hasURL(url("admin/users"));
        screenshot("admin-users-desktop");

        usePhone(false);
        logInAndWaitFor("anna.berg", "Patients");
        assertThat(page).hasURL(url("patients"));
        assertThat(screen().getByText("Maria Lopez")).isVisible();
        screenshot("therapist-patients-desktop");

        usePhone(false);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        assertThat(page).hasURL(url("today"));
        screenshot("patient-today-desktop");
    }

    @Test
    void everyHomeWorksAtPhoneWidth() {
        usePhone(true);
        open("login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        screenshot("login-phone");

        logInAndWaitFor("anna.berg", "Patients");
        screenshot("therapist-patients-phone");

        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        screenshot("patient-today-phone");

        usePhone(true);
        logInAndWaitFor("admin", "Users");
        screenshot("admin-users-phone");
    }

    @Test
    void wrongPasswordShowsAnErrorAndDoesNotSignIn() {
        logIn("anna.berg", "not the password");
        assertThat(screen().getByText("Wrong username or password")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        open("patients");
        assertThat(page).hasURL(url("login"));
        screenshot("login-error-desktop");
    }

    @Test
    void anonymousRequestToProtectedRouteLandsOnLogin() {
        open("patients");
        assertThat(page).hasURL(url("login"));
        assertThat(page.locator("input[name=username]")).isVisible();
        // The tab's icon, served before anyone signs in.
        assertThat(page.locator("link[rel=icon][href$='favicon.svg']")).hasAttribute("href", java.util.regex.Pattern.compile("icons/favicon\\.svg$"));
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("icons/favicon.svg")).status()).isEqualTo(200);
    }

    @Test
    void patientIsRefusedATherapistRouteByTheServer() {
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("patients");
        assertThat(screen().getByText("Maria Lopez")).not().isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Patients"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("This page is not available to you"))).isVisible();
    }

    @Test
    void logOutEndsTheSession() {
        logInAndWaitFor("tom.ruiz", "Patients");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        open("patients");
        assertThat(page).hasURL(url("login"));
    }
}
