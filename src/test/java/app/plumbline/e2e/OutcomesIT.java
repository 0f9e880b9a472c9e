package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The outcome journey: the therapist assigns PSFS and NPRS, the patient answers on a phone (a
 * refused answer, then the whole questionnaire), four weeks on again, and the therapist sees the
 * scores, the trend and the change past the MCID/MDC.
 */
@Import({DemoPatients.class, SignIn.class})
class OutcomesIT extends BrowserTest {

    @Autowired
    TestClock clock;
    @Autowired
    DemoPatients demo;
    @Autowired
    SignIn signIn;

    private Long maria;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The demo's paper answers are cleared: this journey starts Maria's measures from nothing. */
    @org.junit.jupiter.api.BeforeEach
    void noOutcomesYet() {
        jdbc.update("delete from outcome_answer");
        jdbc.update("delete from outcome_response");
        jdbc.update("delete from outcome_plan");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Opens Maria's page by its address and waits until its outcome panel is there. */
    private void openMaria() {
        if (maria == null) {
            maria = demo.id("anna.berg", "Maria Lopez");
            signIn.out();
        }
        open("patients/" + maria);
        assertThat(page.getByRole(AriaRole.HEADING, named("Maria Lopez"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Outcome measures"))).isVisible();
    }

    /** On a phone the menu drawer is an overlay: wait until it has closed before a screenshot. */
    private void drawerClosed() {
        assertThat(page.locator("vaadin-app-layout[overlay]:not([drawer-opened])")).hasCount(1);
    }

    private void choose(String answer) {
        page.getByRole(AriaRole.RADIO, named(answer)).check();
    }

    private void next(String button) {
        page.getByRole(AriaRole.BUTTON, named(button)).click();
    }

    /** Answers from the Questionnaires list and returns to it (in the page, no reload: the machine may be slow). */
    private void answerNprs(int pain, boolean shoot) {
        page.getByRole(AriaRole.BUTTON, named("Start Numeric Pain Rating Scale")).click();
        assertThat(screen().getByText("Question 1 of 1")).isVisible();
        if (shoot) {
            next("Save and send");
            assertThat(screen().getByText("Please answer this question.")).isVisible();
            drawerClosed();
            screenshot("questionnaire-refused-phone");
        }
        choose(String.valueOf(pain));
        next("Save and send");
        assertThat(page.getByRole(AriaRole.HEADING, named("Thank you"))).isVisible();
        next("Back to questionnaires");
        assertThat(page.getByRole(AriaRole.HEADING, named("Questionnaires"))).isVisible();
    }

    private void answerPsfs(int a, int b, int c, boolean shoot) {
        page.getByRole(AriaRole.BUTTON, named("Start Patient-Specific Functional Scale")).click();
        int[] ratings = {a, b, c};
        String[] activities = {"Reading on the sofa", "Driving", "Computer work"};
        for (int i = 0; i < 3; i++) {
            assertThat(screen().getByText("Question " + (i + 1) + " of 5")).isVisible();
            var activity = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Activity"));
            if (activity.inputValue().isEmpty()) {
                activity.fill(activities[i]);
            }
            choose(String.valueOf(ratings[i]));
            if (shoot && i == 0) {
                drawerClosed();
                screenshot("questionnaire-question-phone");
            }
            next("Next");
        }
        assertThat(screen().getByText("Question 4 of 5")).isVisible();
        next("Next");
        assertThat(screen().getByText("Question 5 of 5")).isVisible();
        next("Save and send");
        assertThat(page.getByRole(AriaRole.HEADING, named("Thank you"))).isVisible();
        next("Back to questionnaires");
        assertThat(page.getByRole(AriaRole.HEADING, named("Questionnaires"))).isVisible();
    }

    @Test
    void therapistAssignsPatientAnswersOnAPhoneTherapistSeesTheTrend() {
        usePhone(false);
        logInAndWaitFor("anna.berg", "Patients");
        openMaria();
        assertThat(page.getByRole(AriaRole.HEADING, named("Outcome measures"))).isVisible();
        assertThat(screen().getByText("Proposed from the findings: PSFS")).isVisible();
        next("Assign proposed");
        assertThat(toast().getByText("Assigned.").first()).isVisible();
        assertThat(screen().getByText("PSFS — from " + TestClock.today())).isVisible();

        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("questionnaires");
        answerNprs(6, true);
        answerPsfs(3, 4, 5, true);
        assertThat(screen().getByText("Nothing to answer right now.")).isVisible();

        clock.advance(Duration.ofDays(28));
        usePhone(true);
        logInAndWaitFor("maria.lopez", "Hello, Maria");
        open("questionnaires");
        answerNprs(2, false);
        answerPsfs(6, 7, 7, false);
        open("progress");
        assertThat(screen().getByText("Your pain (NPRS): clearly better than at the start. Well done!")).isVisible();
        drawerClosed();
        page.getByRole(AriaRole.HEADING, named("Your questionnaires")).scrollIntoViewIfNeeded();
        screenshot("my-progress-outcomes-phone");

        usePhone(false);
        logInAndWaitFor("anna.berg", "Patients");
        openMaria();
        assertThat(screen().getByText("better by 4 points, beyond the MCID (2)")).isVisible();
        assertThat(screen().getByText("better by 2.67 points (mean), beyond the MDC (2)")).isVisible();
        assertThat(page.locator(".outcome-result plumbline-chart canvas")).hasCount(2);
        page.getByRole(AriaRole.HEADING, named("Outcome measures")).scrollIntoViewIfNeeded();
        screenshot("patient-outcomes-desktop");

        usePhone(true);
        logInAndWaitFor("anna.berg", "Patients");
        openMaria();
        drawerClosed();
        page.getByRole(AriaRole.HEADING, named("Outcome measures")).scrollIntoViewIfNeeded();
        screenshot("patient-outcomes-phone");
    }
}
