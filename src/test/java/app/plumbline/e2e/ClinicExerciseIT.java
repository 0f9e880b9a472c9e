package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ClinicExerciseIT extends BrowserTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 160\">"
            + "<circle cx=\"120\" cy=\"80\" r=\"40\" fill=\"none\" stroke=\"#1f2933\" stroke-width=\"5\"/></svg>";

    @Test
    void therapistAddsAClinicExerciseWithAPictureAndExportsIt() throws Exception {
        logInAndWaitFor("anna.berg", "Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinic exercises")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New exercise")).click();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Towel neck glide");
        page.getByLabel("Summary").fill("Glide the head back against a rolled towel.");
        comboBox("Kind", "Motor control");
        comboBox("Region", "Neck");
        comboBox("Level", "Level 2");
        page.getByLabel("Muscle 1", new Page.GetByLabelOptions().setExact(true)).fill("Deep neck");
        page.getByRole(AriaRole.OPTION).first().click();
        page.getByLabel("Action on muscle 1", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Activate")).click();
        page.getByLabel("Steps").fill("Sit tall with a towel behind your neck.\nGlide your head back.\nReturn slowly.");
        page.getByLabel("Evidence").fill("No trial has tested this glide on its own.");
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("glide.svg", "image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8)));
        assertThat(screen().getByText("New picture ready: glide.svg")).isVisible();
        screenshot("clinic-exercise-form-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save exercise")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Towel neck glide"))).isVisible();
        assertThat(screen().getByText("Clinic", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(screen().getByText("Evidence: No trial has tested this glide on its own.")).isVisible();

        open("catalog/clinic");
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export YAML")).click());
        String yaml = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(yaml).contains("name: Towel neck glide", "kind: motor-control",
                "muscle: deep-neck-flexors");
        screenshot("clinic-exercises-desktop");
    }

    @Test
    void aRefusedPictureDoesNotBlockTheNextOne() {
        logInAndWaitFor("anna.berg", "Patients");
        open("catalog/clinic/edit");
        var files = page.locator("vaadin-upload input[type=file]");

        files.setInputFiles(new FilePayload("broken.svg", "image/svg+xml",
                "this is not a picture".getBytes(StandardCharsets.UTF_8)));
        assertThat(screen().getByText("This picture cannot be used", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        files.setInputFiles(new FilePayload("glide.svg", "image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8)));

        assertThat(screen().getByText("New picture ready: glide.svg")).isVisible();
        assertThat(page.locator("vaadin-upload")).not().containsText("Too Many Files");
    }

    private void comboBox(String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
