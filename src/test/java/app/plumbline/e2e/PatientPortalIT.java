package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.security.NewActivation;
import app.plumbline.security.PatientAccounts;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The patient's journey on a phone: activate, follow today's exercises with the timer, log, edit. */
class PatientPortalIT extends BrowserTest {

    @Autowired
    SystemAccounts system;
    @Autowired
    app.plumbline.testing.SignIn signIn;
    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    PatientAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void patientActivatesLogsTodayWithATimedHoldEditsItAndSeesItInHistory() {
        NewActivation activation = newPatientWithProgram();
        usePhone(true);

        open("login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Activate your account"))).click();
        page.getByLabel("Activation code").fill(PatientAccounts.formatted(activation.code()));
        page.getByLabel("Choose a password").fill("my knees are fine today");
        page.getByLabel("Password again").fill("my knees are fine today");
        screenshot("activation-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate my account")).click();
        // Activation signs the patient in: Today opens, no second sign-in.
        assertThat(heading("Hello, Lena")).isVisible();
        assertThat(page).hasURL(url("today"));
        assertThat(heading("Session 1 of 3")).isVisible();
        assertThat(heading("Chin tuck")).isVisible();
        assertThat(screen().getByText("10 times, hold 5 seconds")).isVisible();

        Locator timer = page.locator("plumbline-hold-timer").first();
        timer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start")).click();
        assertThat(timer.getByText("Get ready")).isVisible();
        assertThat(timer.getByText(Pattern.compile("^Hold"))).isVisible(new com.microsoft.playwright.assertions
                .LocatorAssertions.IsVisibleOptions().setTimeout(9000));
        timer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pause")).click();
        screenshot("today-timer-phone");

        Locator answers = page.locator(".session-answers");
        answers.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I did all of them as prescribed"))
                .click();
        answers.locator(".pain-chips").getByText("2", new Locator.GetByTextOptions().setExact(true)).click();
        answers.scrollIntoViewIfNeeded();
        screenshot("today-answered-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my session")).click();
        // After Save: what is saved and what comes next, not a fresh form that looks like a failed save.
        Locator saved = page.locator(".saved-session");
        assertThat(saved).containsText("Session 1 of 3 is saved");
        assertThat(saved).containsText("Next: session 2 of 3, later today");
        assertThat(page.locator(".log-card")).hasCount(0);
        screenshot("today-saved-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log session 2 now")).click();
        assertThat(heading("Session 2 of 3")).isVisible();
        screenshot("today-second-session-phone");

        open("history");
        assertThat(screen().getByText("2 of 2 exercises done · most pain 2/10")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Change or delete"))).click();
        Locator first = page.locator(".log-card").first();
        first.getByLabel(Pattern.compile("^Pain in this exercise")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("4").setExact(true)).click();
        first.locator(".difficulty-chips").getByText("About right").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        assertThat(screen().getByText("2 of 2 exercises done · most pain 4/10")).isVisible();
        assertThat(screen().getByText("Chin tuck: 1 set, pain 4/10, about right")).isVisible();
        screenshot("history-phone");

        open("my-program");
        assertThat(heading("My program")).isVisible();
        screenshot("my-program-phone");

        open("progress");
        assertThat(heading("My progress")).isVisible();
        assertThat(screen().getByText("in a row with your exercises")).isVisible();
        assertThat(page.locator("plumbline-chart canvas")).isVisible();
        screenshot("my-progress-phone");
    }

    @Test
    void aMissingAnswerIsShownAtItsFieldAndASkipAsksWhy() {
        NewActivation activation = newPatientWithProgram();
        accounts.activate(activation.code(), "my knees are fine today");
        logIn(activation.username(), "my knees are fine today");
        assertThat(heading("Hello, Lena")).isVisible();
        screenshot("today-desktop");

        Locator first = page.locator(".log-card").first();
        assertThat(first.locator("ol li").first()).not().isVisible();
        first.getByText("How to do it").click();
        assertThat(first.locator("ol li").first()).isVisible();
        first.locator(".status-chips").getByText("Done as prescribed").click();
        first.locator(".difficulty-chips").getByText("About right").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my session")).click();

        // Nothing was said about the second exercise, and no pain: each asked where it is answered.
        Locator secondStatus = page.locator(".log-card").nth(1).locator(".status-chips");
        assertThat(secondStatus).hasAttribute("invalid", "");
        assertThat(secondStatus.getByText("Tap Done as prescribed, Did part of it, or Skipped.")).isVisible();
        Locator pain = page.locator(".session-answers .pain-chips");
        assertThat(pain.getByText("Choose how much it hurt during the exercises (0 if not at all).")).isVisible();
        // The keyboard lands on the first thing to fix.
        assertThat(secondStatus.locator("input").first()).isFocused();
        screenshot("today-missing-answers-desktop");
        assertThat(sessionsOf(activation.username())).isZero();

        // What is entered survives a reload (a phone discarding the tab), until it is saved.
        pain.getByText("3", new Locator.GetByTextOptions().setExact(true)).click();
        page.reload();
        assertThat(heading("Hello, Lena")).isVisible();
        assertThat(page.locator(".session-answers .pain-chips input[value='3']")).isChecked();
        assertThat(page.locator(".log-card").first().locator(".difficulty-chips input[value='ABOUT_RIGHT']"))
                .isChecked();
        // Logging out forgets it: the next person at a shared computer finds nothing in the tab.
        page.locator("#log-out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.evaluate("sessionStorage.length")).isEqualTo(0);

        usePhone(true);
        logIn(activation.username(), "my knees are fine today");
        Locator second = page.locator(".log-card").nth(1);
        second.locator(".status-chips").getByText("Skipped").click();
        assertThat(second.getByLabel(Pattern.compile("^Pain in this exercise"))).hasCount(0);
        second.getByLabel("Why? (optional)").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("No time")).click();
        Locator why = second.locator("vaadin-select[label='Why? (optional)']");
        assertThat(why).hasJSProperty("value", "NO_TIME");
        assertThat(page.locator("vaadin-select-overlay[opened], vaadin-select-overlay[closing]")).hasCount(0);
        why.scrollIntoViewIfNeeded();
        screenshot("today-skipped-phone");
        Locator card = page.locator(".log-card").first();
        card.locator(".status-chips").getByText("Done as prescribed").click();
        page.locator(".session-answers .pain-chips").getByText("0", new Locator.GetByTextOptions().setExact(true)).click();
        card.locator(".difficulty-chips").getByText("Too easy").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my session")).click();
        assertThat(page.locator(".saved-session")).containsText("Session 1 of 3 is saved");

        open("history");
        assertThat(screen().getByText("1 of 2 exercises done · most pain 0/10")).isVisible();
    }

    @Test
    void aLongHistoryComesAPageAtATime() {
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("history");
        Locator rows = page.locator(".history-row");
        assertThat(rows).hasCount(14);
        olderButton().click();
        assertThat(rows).not().hasCount(14);
        olderButton().scrollIntoViewIfNeeded();
        screenshot("history-older-desktop");

        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("history");
        olderButton().scrollIntoViewIfNeeded();
        screenshot("history-older-phone");

        // Maria's first session, weeks old: shown, no longer changeable.
        Long oldest = jdbc.queryForObject("select min(s.id) from session_log s join patient p on p.id = s.patient_id "
                + "join user_account a on a.id = p.account_id where a.username = 'maria.lopez'", Long.class);
        open("history/" + oldest);
        assertThat(screen().getByText("can no longer be changed")).isVisible();
        screenshot("session-locked-phone");
        usePhone(false);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("history/" + oldest);
        assertThat(screen().getByText("can no longer be changed")).isVisible();
        screenshot("session-locked-desktop");
    }

    @Test
    void anotherPatientsSessionPageIsRefused() {
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("history/999999");
        assertThat(page.locator("body")).not().containsText("Change your session");
    }

    private long sessionsOf(String username) {
        return jdbc.queryForObject("select count(*) from session_log s join patient p on p.id = s.patient_id "
                + "join user_account a on a.id = p.account_id where a.username = ?", Long.class, username);
    }

    private NewActivation newPatientWithProgram() {
        Long anna = system.accountId("anna.berg").orElseThrow();
        return system.runAs(anna, () -> {
            var created = patients.create(new PatientDetailsInput("Lena", "Portal", null, null, "en", null));
            List<ExerciseCard> cards = catalog.prescribable().stream()
                    .filter(e -> e.slug().equals("chin-tuck") || e.slug().equals("upper-trapezius-stretch")).toList();
            var draft = programs.draft(signIn.ref(created.patientId()));
            programs.publish(signIn.ref(created.patientId()), draft.version(), new ProgramContent("Neck at ease", null,
                    cards.stream().map(c -> new Prescription(c.id(), c.dosage(), null, null, null, null)).toList()),
                    "First program");
            return created.activation();
        });
    }

    private Locator olderButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show older sessions"));
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
