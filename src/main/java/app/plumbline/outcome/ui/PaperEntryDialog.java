package app.plumbline.outcome.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.outcome.OutcomeOverview;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.PaperAnswers;
import app.plumbline.outcome.Questionnaire;
import app.plumbline.outcome.Score;
import app.plumbline.patient.PatientRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A questionnaire the patient filled in on paper, typed in by the therapist: the measure, the date
 * it was answered and every item on one form. The service checks it all and reports every problem at
 * its field at once; a refused form saves nothing.
 */
class PaperEntryDialog extends Dialog {

    private final PatientRef patient;
    private final OutcomeService outcomes;
    private final Runnable saved;
    private final Select<OutcomeOverview.Choice> measure = new Select<>();
    private final DatePicker answeredOn = new DatePicker("Date answered");
    private final Div items = new Div();
    private final Map<String, RadioButtonGroup<Integer>> answers = new LinkedHashMap<>();
    private final Map<String, TextField> activities = new LinkedHashMap<>();
    private FieldErrors errors = new FieldErrors();

    PaperEntryDialog(PatientRef patient, OutcomeService outcomes, List<OutcomeOverview.Choice> choices,
            LocalDate today, Runnable saved) {
        this.patient = patient;
        this.outcomes = outcomes;
        this.saved = saved;
        setHeaderTitle("Enter answers from paper");
        addClassName("paper-entry");
        setWidth("min(44rem, 100vw)");
        measure.setLabel("Measure");
        measure.setWidth("min(100%, 24rem)");
        measure.setItems(choices);
        measure.setItemLabelGenerator(c -> c.shortName() + " · " + c.name());
        measure.addValueChangeListener(e -> showItems(e.getValue()));
        answeredOn.setMax(today);
        answeredOn.setRequiredIndicatorVisible(true);
        answeredOn.setHelperText("The day the patient filled it in (not in the future).");
        items.addClassName("paper-items");
        var fields = new Div(measure, answeredOn);
        fields.addClassName("form-row");
        add(fields, items);
        var save = new Button("Save answers", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void showItems(OutcomeOverview.Choice choice) {
        items.removeAll();
        answers.clear();
        activities.clear();
        errors = new FieldErrors().field("questionnaire", measure).field("answeredOn", answeredOn);
        measure.setInvalid(false);
        if (choice == null) {
            return;
        }
        Questionnaire q = outcomes.paperForm(patient, choice.slug());
        items.add(new Paragraph(q.instructions()));
        if (q.scoring().multipleTicks() == Questionnaire.MultipleTicks.HIGHEST) {
            items.add(new Paragraph("Two statements ticked in one section: choose the higher (the "
                    + q.shortName() + "'s rule)."));
        }
        int number = 1;
        for (Questionnaire.Item item : q.items()) {
            var row = new Div();
            row.addClassName("paper-item");
            if (q.patientNamesItems()) {
                var activity = new TextField("Activity " + number + (item.optional() ? " (optional)" : ""));
                activity.setMaxLength(120);
                activity.setWidthFull();
                activities.put(item.key(), activity);
                errors.field(item.key() + ".label", activity);
                row.add(activity);
            }
            var group = new RadioButtonGroup<Integer>((q.patientNamesItems() ? "Score" : number + ". " + item.label())
                    + (item.optional() && !q.patientNamesItems() ? " (optional)" : ""));
            group.setItems(IntStream.rangeClosed(q.scale().min(), q.scale().max()).boxed().toList());
            if (!item.options().isEmpty()) {
                group.setItemLabelGenerator(v -> v + " — " + item.options().get(v - q.scale().min()));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            } else {
                group.setItemLabelGenerator(v -> endLabel(q, v));
            }
            answers.put(item.key(), group);
            errors.field(item.key(), group);
            row.add(group);
            items.add(row);
            number++;
        }
    }

    private static String endLabel(Questionnaire q, int value) {
        String label = value == q.scale().min() ? q.scale().minLabel() : value == q.scale().max() ? q.scale().maxLabel()
                : null;
        return label == null ? String.valueOf(value) : value + " " + label;
    }

    private void save() {
        errors.clear();
        if (measure.isEmpty()) {
            measure.setErrorMessage("Choose the measure on the paper form.");
            measure.setInvalid(true);
            return;
        }
        Map<String, List<Integer>> ticks = new LinkedHashMap<>();
        answers.forEach((key, group) -> ticks.put(key, group.isEmpty() ? List.of() : List.of(group.getValue())));
        Map<String, String> labels = new LinkedHashMap<>();
        activities.forEach((key, field) -> labels.put(key, field.getValue()));
        try {
            Score score = outcomes.recordPaper(patient, new PaperAnswers(measure.getValue().slug(),
                    answeredOn.getValue(), ticks, labels));
            Notifications.success(measure.getValue().shortName() + " of " + answeredOn.getValue() + " saved: "
                    + OutcomesPanel.format(score.value()) + ".");
            close();
            saved.run();
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
    }
}
