package app.plumbline.outcome.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.outcome.OutcomeOverview;
import app.plumbline.outcome.PlanInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Assigns one measure: which, baseline date, repeat every N weeks, at discharge; the proposal first. */
class PlanForm extends Div {

    static final int DEFAULT_WEEKS = 4;

    private final Select<OutcomeOverview.Choice> measure = new Select<>();
    private final DatePicker startsOn = new DatePicker("Baseline on");
    private final IntegerField everyWeeks = new IntegerField("Repeat every (weeks)");
    private final Checkbox atDischarge = new Checkbox("Also at discharge", true);
    private final FieldErrors errors = new FieldErrors();

    PlanForm(OutcomeOverview overview, LocalDate today, Consumer<List<PlanInput>> assign) {
        addClassName("plan-form");
        measure.setLabel("Measure");
        measure.setItems(overview.choices());
        measure.setItemLabelGenerator(c -> c.shortName() + " · " + c.name() + (c.answerable() ? "" : " (licence needed)"));
        measure.setItemEnabledProvider(OutcomeOverview.Choice::answerable);
        measure.setHelperText("NDI and ODI need the clinic's licensed texts (see questionnaires/README.md).");
        startsOn.setValue(today);
        startsOn.setMin(today);
        everyWeeks.setValue(DEFAULT_WEEKS);
        everyWeeks.setMin(1);
        everyWeeks.setMax(52);
        everyWeeks.setStepButtonsVisible(true);
        everyWeeks.setHelperText("Empty: baseline only");
        errors.field("questionnaire", measure).field("startsOn", startsOn).field("everyWeeks", everyWeeks);
        var submit = new Button("Assign", e -> {
            errors.clear();
            if (measure.isEmpty()) {
                measure.setErrorMessage("Choose a measure.");
                measure.setInvalid(true);
                return;
            }
            try {
                assign.accept(List.of(new PlanInput(measure.getValue().slug(), startsOn.getValue(),
                        everyWeeks.getValue(), atDischarge.getValue())));
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!overview.proposed().isEmpty()) {
            var proposal = new Paragraph("Proposed from the findings: " + String.join("; ",
                    overview.proposed().entrySet().stream().map(e -> shortName(overview, e.getKey()) + " ("
                            + e.getValue() + ")").toList()) + ".");
            var assignProposed = new Button("Assign proposed", e -> {
                errors.clear();
                try {
                    assign.accept(overview.proposed().keySet().stream()
                            .map(slug -> new PlanInput(slug, today, DEFAULT_WEEKS, true)).toList());
                } catch (InvalidInputException ex) {
                    errors.show(ex);
                }
            });
            add(proposal, assignProposed);
        }
        var fields = new Div(measure, startsOn, everyWeeks, atDischarge, submit);
        fields.addClassName("form-row");
        add(fields);
    }

    private static String shortName(OutcomeOverview overview, String slug) {
        return overview.choices().stream().filter(c -> c.slug().equals(slug)).map(OutcomeOverview.Choice::shortName)
                .findFirst().orElse(slug);
    }
}
