package app.plumbline.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.ui.chart.Chart;
import app.plumbline.outcome.ui.AnswerView;
import app.plumbline.outcome.ui.MyOutcomes;
import app.plumbline.outcome.ui.OutcomesPanel;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The therapist assigns on the patient page; the patient answers one question at a time; both see the change. */
class OutcomeViewsTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private Long maria;

    @BeforeEach
    @AfterEach
    void clean() {
        clock.reset();
        jdbc.update("delete from outcome_answer");
        jdbc.update("delete from outcome_response");
        jdbc.update("delete from outcome_plan");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> answers() {
        return _get(RadioButtonGroup.class);
    }

    private void answerNprs(int pain) {
        UI().navigate(AnswerView.route("nprs"));
        answers().setValue(pain);
        _click(_get(Button.class, s -> s.withText("Save and send")));
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you");
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }

    @Test
    void theTherapistAssignsTheProposedMeasuresAndThePatientAnswers() {
        maria = demo.id("anna.berg", "Maria Lopez");
        openAs("anna.berg", "patients/" + maria);
        var panel = _get(OutcomesPanel.class);
        assertThat(panel.getElement().getTextRecursively())
                .contains("Proposed from the findings: PSFS (neck pattern (NDI texts not licensed here)); NPRS");
        // The licensed measures are listed but cannot be chosen.
        @SuppressWarnings("unchecked")
        Select<app.plumbline.outcome.OutcomeOverview.Choice> measure = _get(Select.class, s -> s.withLabel("Measure"));
        assertThat(measure.getItemEnabledProvider().test(measure.getListDataView().getItems()
                .filter(c -> c.slug().equals("ndi")).findFirst().orElseThrow())).isFalse();
        _click(_get(Button.class, s -> s.withText("Assign proposed")));
        assertThat(_get(OutcomesPanel.class).getElement().getTextRecursively())
                .contains("NPRS — from " + TestClock.today() + ", every 4 weeks, at discharge · due now");

        newTabAs("maria.lopez", "questionnaires");
        _click(_get(Button.class, s -> s.withText("Start").withAttribute("aria-label", "Start Numeric Pain Rating Scale")));
        // Nothing chosen: refused at the question.
        _click(_get(Button.class, s -> s.withText("Save and send")));
        assertThat(answers().getErrorMessage()).isEqualTo("Please answer this question.");
        answers().setValue(6);
        _click(_get(Button.class, s -> s.withText("Save and send")));
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you");

        // PSFS, resumable: one activity, then Finish later, then Carry on at question 2.
        UI().navigate(AnswerView.route("psfs"));
        _get(TextField.class).setValue("Reading on the sofa");
        answers().setValue(3);
        _click(_get(Button.class, s -> s.withText("Next")));
        _click(_get(Button.class, s -> s.withText("Finish later")));
        _click(_get(Button.class, s -> s.withText("Carry on")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("question-counter")).getText())
                .isEqualTo("Question 2 of 5");
    }

    @Test
    void bothSeeTheChangeAgainstBaseline() {
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("anna.berg");
        openAs("anna.berg", "patients/" + maria);
        _get(OutcomesPanel.class);
        @SuppressWarnings("unchecked")
        Select<app.plumbline.outcome.OutcomeOverview.Choice> measure = _get(Select.class, s -> s.withLabel("Measure"));
        measure.setValue(measure.getListDataView().getItems().filter(c -> c.slug().equals("nprs")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withText("Assign")));

        newTabAs("maria.lopez", "questionnaires");
        answerNprs(6);
        clock.advance(Duration.ofDays(28));
        answerNprs(2);

        UI().navigate("progress");
        assertThat(_find(_get(MyOutcomes.class), ListItem.class).getFirst().getText())
                .isEqualTo("Your pain (NPRS): clearly better than at the start. Well done!");

        newTabAs("anna.berg", "patients/" + maria);
        var panel = _get(OutcomesPanel.class);
        assertThat(List.<Number>copyOf(_get(panel, Chart.class).series().getFirst().values())).containsExactly((Number) 6.0, (Number) 2.0);
        assertThat(panel.getElement().getTextRecursively()).contains("better by 4 points, beyond the MCID (2)")
                .contains("Improved beyond the MCID");
    }

    @Test
    void theTherapistTypesInAPaperQuestionnaireAndEveryProblemShowsAtItsField() {
        maria = demo.id("anna.berg", "Maria Lopez");
        openAs("anna.berg", "patients/" + maria);
        _click(_get(Button.class, s -> s.withText("Enter answers from paper")));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, s -> s.withClasses("paper-entry"));
        @SuppressWarnings("unchecked")
        Select<app.plumbline.outcome.OutcomeOverview.Choice> measure = _get(dialog, Select.class,
                s -> s.withLabel("Measure"));
        measure.setValue(measure.getListDataView().getItems().filter(c -> c.slug().equals("tsk-11")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        List<RadioButtonGroup<Integer>> items = (List<RadioButtonGroup<Integer>>) (List<?>) _find(dialog,
                RadioButtonGroup.class);
        assertThat(items).hasSize(11);
        assertThat(items.getFirst().getLabel()).isEqualTo("1. I'm afraid that I might injure myself if I exercise.");
        var date = _get(dialog, com.vaadin.flow.component.datepicker.DatePicker.class,
                s -> s.withLabel("Date answered"));
        date.setValue(TestClock.today().plusDays(1));
        items.subList(0, 10).forEach(i -> i.setValue(2));

        _click(_get(dialog, Button.class, s -> s.withText("Save answers")));
        assertThat(date.getErrorMessage()).contains("today or before");
        assertThat(items.get(10).getErrorMessage()).isEqualTo("Please answer this question.");
        assertThat(jdbc.queryForObject("select count(*) from outcome_response", Integer.class)).isZero();

        date.setValue(TestClock.today().minusDays(2));
        items.get(10).setValue(3);
        _click(_get(dialog, Button.class, s -> s.withText("Save answers")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(OutcomesPanel.class).getElement().getTextRecursively())
                .contains("TSK-11 · Tampa Scale of Kinesiophobia (11 items)").contains("Latest 23 points");
    }
}
