package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.FindingSide;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.security.PatientAccounts;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.BrowserTest;
import app.plumbline.testing.TestClock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loop at the speed of a clinic, counted as a new user would count it: every click, field
 * filled and key press (a pick from a list is two: typing and choosing). The counts are asserted;
 * the times are printed, never asserted (the machine is shared).
 */
class ClinicSpeedIT extends BrowserTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    PatientAccounts accounts;
    @Autowired
    SystemAccounts system;
    @Autowired
    app.plumbline.testing.SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    private int interactions;

    @Test
    void aTherapistPublishesAStarterProgramForANewPatientWithTwoFindingsInTenInteractions() {
        useWindow(1366, 800, false);
        logInAndWaitFor("anna.berg", "Patients");
        long start = System.nanoTime();

        click(button("New patient"));
        fill(page.getByLabel("First name"), "Nora");
        fill(page.getByLabel("Last name"), "Quick");
        pick("Finding 1", "head tilt", "Head tilt or turn — left");
        pick("Finding 2", "forward head", "Forward head posture (forward chin)");
        screenshot("new-patient-findings-desktop");
        click(button("Create patient"));
        assertThat(screen().getByText("Activation code:")).isVisible();
        click(button("Build the program"));
        assertThat(page.locator(".builder-proposal")).containsText("Proposed from the findings");
        assertThat(page.locator(".rx-line").first()).isVisible();
        screenshot("builder-proposed-desktop");
        click(button("Publish version 1"));
        assertThat(toast().getByText("Version 1 published")).isVisible();
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Therapist journey: %d interactions, %d ms from New patient to published%n",
                interactions, millis);
        assertThat(interactions).isLessThanOrEqualTo(10);
        // The toast belongs to the builder: moving on to the patient's page takes it away.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Nora Quick")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nora Quick").setExact(true)))
                .isVisible();
        assertThat(toast()).hasCount(0);
        Long patientId = jdbc.queryForObject("select id from patient where given_name = 'Nora' and family_name = 'Quick'",
                Long.class);
        assertThat(jdbc.queryForObject("select side from finding f join assessment a on a.id = f.assessment_id "
                + "where a.patient_id = ? and f.pattern_slug = 'head-tilt-turn'", String.class, patientId))
                .isEqualTo(FindingSide.LEFT.name());
        Long anna = system.accountId("anna.berg").orElseThrow();
        system.runAs(anna, () -> {
            var active = programs.active(signIn.ref(patientId)).orElseThrow();
            assertThat(active.number()).isEqualTo(1);
            assertThat(active.items()).hasSizeBetween(2, 5);
            assertThat(active.reviewDate()).isEqualTo(TestClock.today().plusWeeks(2));
            return null;
        });

        useWindow(390, 844, true);
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New patient").setExact(true)).click();
        page.getByLabel("Finding 1", new Page.GetByLabelOptions().setExact(true)).scrollIntoViewIfNeeded();
        screenshot("new-patient-findings-phone");
    }

    @Test
    void aPatientLogsAFourExerciseDayDoneAsPrescribedInThreeTaps() {
        String username = patientWithFourExercises();
        usePhone(true);
        logInAndWaitFor(username, "Hello, Ola");
        assertThat(page.locator(".log-card")).hasCount(4);
        long start = System.nanoTime();

        Locator answers = page.locator(".session-answers");
        click(answers.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("I did all of them as prescribed")));
        click(answers.locator(".pain-chips").getByText("2", new Locator.GetByTextOptions().setExact(true)));
        click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my session")));
        assertThat(page.locator(".saved-session")).containsText("4 exercises done.");
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Patient journey: %d taps, %d ms from Today to saved%n", interactions, millis);
        assertThat(interactions).isLessThanOrEqualTo(5);
        screenshot("today-saved-four-phone");
        // What counts as done is what the patient said; how hard it felt was not asked, so it is not stored.
        assertThat(jdbc.queryForList("select e.sets_done = e.target_sets and e.pain = 2 and e.difficulty is null "
                + "from exercise_log e join session_log s on s.id = e.session_id join patient p on p.id = s.patient_id "
                + "join user_account a on a.id = p.account_id where a.username = ?", Boolean.class, username))
                .hasSize(4).containsOnly(true);
    }

    private String patientWithFourExercises() {
        Long anna = system.accountId("anna.berg").orElseThrow();
        var activation = system.runAs(anna, () -> {
            var created = patients.create(new PatientDetailsInput("Ola", "Fourtaps", null, null, "en", null));
            List<String> slugs = List.of("chin-tuck", "upper-trapezius-stretch", "doorway-pec-stretch", "bird-dog");
            List<ExerciseCard> cards = catalog.prescribable().stream().filter(e -> slugs.contains(e.slug())).toList();
            var once = cards.stream().map(c -> new Prescription(c.id(), new app.plumbline.catalog.Dosage(
                    c.dosage().sets(), c.dosage().reps(), c.dosage().holdSeconds(), c.dosage().restSeconds(),
                    c.dosage().side(), 1, 7, c.dosage().note()), null, null, null, null)).toList();
            programs.publish(signIn.ref(created.patientId()), programs.draft(signIn.ref(created.patientId())).version(),
                    new ProgramContent(null, null, once), null);
            return created.activation();
        });
        accounts.activate(activation.code(), PASSWORD);
        return activation.username();
    }

    private void click(Locator target) {
        target.click();
        interactions++;
    }

    private void fill(Locator field, String text) {
        field.fill(text);
        interactions++;
    }

    /** Typing into a list's field, then choosing the option: two interactions. */
    private void pick(String label, String typed, String option) {
        Locator box = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        fill(box, typed);
        click(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
