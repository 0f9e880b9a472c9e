package app.plumbline.sessionlog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.ui.PainSelect;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TodayViewTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    SessionLogService sessions;

    String username;

    @BeforeEach
    void patientWithAProgram() {
        signIn.as("tom.ruiz");
        var created = patients.create(new PatientDetailsInput("Tia", "Today", null, null, "en", null));
        username = created.activation().username();
        var stretch = catalog.prescribable().stream().filter(e -> e.slug().equals("doorway-pec-stretch"))
                .findFirst().orElseThrow();
        var draft = programs.draft(created.patientId());
        programs.publish(created.patientId(), draft.version(), new ProgramContent(null, null,
                List.of(new Prescription(stretch.id(), stretch.dosage(), null, null, null, null))), "Start");
    }

    @Test
    void missingPainIsShownAtTheFieldAndNothingIsSaved() {
        openAs(username, "today");
        _click(_get(Button.class, s -> s.withText("Save my session")));

        PainSelect pain = _get(PainSelect.class, s -> s.withLabel("Pain during (0 to 10)"));
        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).contains("from 0 to 10");
        assertThat(sessions.history(0, 200).sessions()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompleteLogIsSavedAndTheDayIsDone() {
        openAs(username, "today");
        _setValue(_get(PainSelect.class, s -> s.withLabel("Pain during (0 to 10)")), 1);
        _setValue((RadioButtonGroup<Difficulty>) _get(RadioButtonGroup.class, s -> s.withLabel("How did it feel?")),
                Difficulty.ABOUT_RIGHT);
        _click(_get(Button.class, s -> s.withText("Save my session")));

        assertThat(sessions.history(0, 200).sessions()).singleElement().satisfies(s -> assertThat(s.maxPain()).isEqualTo(1));
    }

    @Test
    void aSkippedExerciseNeedsNoPainButKeepsItsReason() {
        openAs(username, "today");
        _setValue(_get(Checkbox.class, s -> s.withLabel("I skipped this exercise today")), true);
        _click(_get(Button.class, s -> s.withText("Save my session")));

        assertThat(sessions.history(0, 200).sessions()).singleElement().satisfies(s -> {
            assertThat(s.doneCount()).isZero();
            assertThat(s.exercises().getFirst().skipReason()).isEqualTo(SkipReason.OTHER);
        });
        assertThat(_find(H2.class)).isNotEmpty();
    }

    @Test
    void painComesAsTheNumberTheBrowserSendsAndNothingElse() {
        openAs(username, "today");
        PainSelect pain = _get(PainSelect.class, s -> s.withLabel("Pain during (0 to 10)"));

        pain.getElement().setProperty("value", "7");
        assertThat(pain.getValue()).isEqualTo(7);
        pain.getElement().setProperty("value", "11");
        assertThat(pain.getValue()).isNull();
        pain.getElement().setProperty("value", "<b>3</b>");
        assertThat(pain.getValue()).isNull();
        assertThat(pain.getElement().getPropertyRaw("items").toString()).contains("0 (no pain)", "10 (worst pain)");
    }

    @Test
    void theStepsArriveWhenHowToDoItIsOpened() {
        openAs(username, "today");
        Details how = _get(Details.class, s -> s.withClasses("log-card-steps"));
        assertThat(_find(how, ListItem.class)).isEmpty();

        how.setOpened(true);

        assertThat(_find(how, ListItem.class)).isNotEmpty();
    }
}
