package app.plumbline.program;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgramBuilderViewTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;

    Long patientId;

    @BeforeEach
    void patientWithoutProgram() {
        signIn.as("anna.berg");
        patientId = patients.create(new PatientDetailsInput("Karl", "Builder", null, null, "en", null)).patientId();
    }

    @Test
    void addReorderAndSaveTheDraft() {
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck lying down to the program")));
        assertThat(lineNames()).containsExactly("Chin tuck", "Chin tuck lying down");

        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Move Chin tuck lying down up")));
        assertThat(lineNames()).containsExactly("Chin tuck lying down", "Chin tuck");

        _click(_get(Button.class, s -> s.withText("Save draft")));
        assertThat(programs.draft(signIn.ref(patientId)).lines()).extracting(l -> l.exercise().name())
                .containsExactly("Chin tuck lying down", "Chin tuck");
    }

    @Test
    void anInvalidDoseIsShownAtItsFieldAndNotSaved() {
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Edit dose of Chin tuck")));
        IntegerField sets = _get(IntegerField.class, s -> s.withLabel("Sets"));
        _setValue(sets, 0);
        _click(_get(Button.class, s -> s.withText("Save draft")));

        assertThat(sets.isInvalid()).isTrue();
        assertThat(sets.getErrorMessage()).isEqualTo("Use a number from 1 to 10.");
        assertThat(programs.draft(signIn.ref(patientId)).lines()).isEmpty();
    }

    @Test
    void swapForTheHarderVersionKeepsTheSchedule() {
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Edit dose of Chin tuck")));
        _setValue(_get(IntegerField.class, s -> s.withLabel("Times per day")), 2);
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Swap Chin tuck for its harder version")));

        assertThat(lineNames()).containsExactly("Chin tuck against a headrest");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Edit dose of Chin tuck against a headrest")));
        assertThat(_get(IntegerField.class, s -> s.withLabel("Times per day")).getValue()).isEqualTo(2);
    }

    @Test
    void versionOnePublishesWithOneClickAndVersionTwoAsksWhyAtTheField() {
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        _click(_get(Button.class, s -> s.withText("Publish version 1")));
        assertThat(programs.versions(signIn.ref(patientId))).extracting(VersionSummary::number).containsExactly(1);

        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Edit dose of Chin tuck")));
        _setValue(_get(IntegerField.class, s -> s.withLabel("Sets")), 2);
        _click(_get(Button.class, s -> s.withText("Publish version 2…")));
        _click(_get(Button.class, s -> s.withText("Publish")));

        TextArea reason = _get(TextArea.class, s -> s.withLabel("Reason for this version"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(programs.versions(signIn.ref(patientId))).hasSize(1);

        _setValue(reason, "Two sets now");
        _click(_get(Button.class, s -> s.withText("Publish")));
        assertThat(programs.versions(signIn.ref(patientId))).extracting(VersionSummary::number).containsExactly(2, 1);
    }

    @Test
    void aPatientWithFindingsAndNoProgramGetsTheStarterProposedUnsaved() {
        patients.recordAssessment(signIn.ref(patientId), new app.plumbline.patient.AssessmentInput(
                app.plumbline.testing.TestClock.today(), null, List.of(new app.plumbline.patient.Finding("forward-head-posture",
                        app.plumbline.patient.FindingSide.BOTH, 2, null))));
        openAs("anna.berg", "patients/" + patientId + "/program");

        var proposed = programs.starter(signIn.ref(patientId), patients.currentFindings(signIn.ref(patientId)));
        assertThat(lineNames()).containsExactlyElementsOf(proposed.stream().map(p -> p.exercise().name()).toList());
        assertThat(_get(Paragraph.class, s -> s.withClasses("builder-status")).getText())
                .doesNotContain("unsaved changes");
        assertThat(programs.draft(signIn.ref(patientId)).lines()).as("nothing is saved by proposing").isEmpty();

        _click(_get(Button.class, s -> s.withText("Start from an empty program")));
        assertThat(lineNames()).isEmpty();
    }

    @Test
    void everydayAdviceForTheFindingsComesFirstOthersBySearchAndTheChosenArePublished() {
        patients.recordAssessment(signIn.ref(patientId), new app.plumbline.patient.AssessmentInput(
                app.plumbline.testing.TestClock.today(), null, List.of(new app.plumbline.patient.Finding(
                        "forward-head-posture", app.plumbline.patient.FindingSide.BOTH, 2, null))));
        openAs("anna.berg", "patients/" + patientId + "/program");
        assertThat(adviceTitles()).contains("Screen at eye level", "Move at least once an hour")
                .doesNotContain("Chew on both sides, skip the gum");

        _setValue(adviceBox("Screen at eye level"), true);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search other advice")),
                "gum");
        _setValue(adviceBox("Chew on both sides, skip the gum"), true);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search other advice")),
                "");
        assertThat(adviceTitles()).as("chosen advice stays listed").contains("Chew on both sides, skip the gum");
        assertThat(_get(Paragraph.class, s -> s.withClasses("builder-status")).getText()).contains("unsaved changes");
        _click(_get(Button.class, s -> s.withText("Publish version 1")));

        var active = programs.active(signIn.ref(patientId)).orElseThrow();
        assertThat(active.advice()).extracting(app.plumbline.catalog.AdviceDefinition::title)
                .containsExactly("Screen at eye level", "Chew on both sides, skip the gum");
        assertThat(programs.draft(signIn.ref(patientId)).advice())
                .containsExactly("screen-at-eye-level", "chewing-evenly");

        _setValue(adviceBox("Screen at eye level"), false);
        _click(_get(Button.class, s -> s.withText("Publish version 2…")));
        _setValue(_get(TextArea.class, s -> s.withLabel("Reason for this version")), "Screen sorted");
        _click(_get(Button.class, s -> s.withText("Publish")));
        assertThat(programs.diff(signIn.ref(patientId), 1, 2)).extracting(ProgramDiff.Change::text)
                .containsExactly("Removed advice: Screen at eye level");
    }

    private static List<String> adviceTitles() {
        return _find(com.vaadin.flow.component.checkbox.Checkbox.class).stream()
                .filter(c -> c.getParent().map(p -> p.hasClassName("advice-row")).orElse(false))
                .map(com.vaadin.flow.component.checkbox.Checkbox::getLabel).toList();
    }

    private static com.vaadin.flow.component.checkbox.Checkbox adviceBox(String title) {
        return _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withLabel(title));
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        UI.getCurrent().navigate("patients");

        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).endsWith("/program");
    }

    @Test
    @SuppressWarnings("unchecked")
    void saveAsTemplateThenApplyItToAnotherPatient() {
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search other advice")),
                "gum");
        _setValue(adviceBox("Chew on both sides, skip the gum"), true);
        _click(_get(Button.class, s -> s.withText("Save as template")));
        String name = "Desk neck " + patientId;
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Template name")), name);
        _click(_get(Button.class, s -> s.withText("Save template")));
        _click(_get(Button.class, s -> s.withText("Save draft")));

        Long other = patients.create(new PatientDetailsInput("Tara", "Template", null, null, "en", null)).patientId();
        openAs("anna.berg", "patients/" + other + "/program");
        _click(_get(Button.class, s -> s.withText("Apply template")));
        var choice = _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withLabel("Template"));
        _setValue(choice, choice.getListDataView().getItems()
                .filter(t -> ((TemplateSummary) t).name().equals(name)).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withText("Add to the program")));

        assertThat(lineNames()).containsExactly("Chin tuck");
        assertThat(adviceBox("Chew on both sides, skip the gum").getValue()).as("the template's advice").isTrue();
        _click(_get(Button.class, s -> s.withText("Save draft")));
        assertThat(programs.draft(signIn.ref(other)).advice()).containsExactly("chewing-evenly");
    }

    private static List<String> lineNames() {
        return _find(Span.class, s -> s.withClasses("rx-name")).stream().map(Component::getElement)
                .map(e -> e.getText()).toList();
    }
}
