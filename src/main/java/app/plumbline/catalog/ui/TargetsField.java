package app.plumbline.catalog.ui;

import app.plumbline.base.ui.ErrorText;
import app.plumbline.catalog.Action;
import app.plumbline.catalog.MuscleDefinition;
import app.plumbline.catalog.MuscleTarget;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/** Rows of "muscle + what the exercise does to it", added and removed by the therapist. */
class TargetsField extends Div implements HasValidation {

    private final List<MuscleDefinition> muscles;
    private final Div rows = new Div();
    private final ErrorText error = new ErrorText();
    private final List<Row> entries = new ArrayList<>();

    private record Row(ComboBox<MuscleDefinition> muscle, Select<Action> action, Div line) {
    }

    TargetsField(List<MuscleDefinition> muscles) {
        this.muscles = muscles;
        addClassName("targets-field");
        var label = new Span("Muscles worked");
        label.addClassName("field-label");
        var add = new Button("Add muscle", VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(label, rows, add, error);
    }

    /** The filled rows; a row left completely empty is ignored. */
    List<MuscleTarget> getValue() {
        return entries.stream().filter(r -> r.muscle().getValue() != null || r.action().getValue() != null)
                .map(r -> new MuscleTarget(
                r.muscle().getValue() == null ? null : r.muscle().getValue().slug(), r.action().getValue())).toList();
    }

    void setValue(List<MuscleTarget> targets) {
        entries.clear();
        rows.removeAll();
        targets.forEach(this::addRow);
        if (targets.isEmpty()) {
            addRow(null);
        }
    }

    private void addRow(MuscleTarget target) {
        var muscle = new ComboBox<MuscleDefinition>();
        muscle.setItems(muscles);
        muscle.setItemLabelGenerator(MuscleDefinition::name);
        muscle.setAriaLabel("Muscle " + (entries.size() + 1));
        muscle.setPlaceholder("Muscle");
        var action = new Select<Action>();
        action.setItems(Action.values());
        action.setItemLabelGenerator(Action::label);
        action.setAriaLabel("Action on muscle " + (entries.size() + 1));
        action.setPlaceholder("Action");
        if (target != null) {
            muscles.stream().filter(m -> m.slug().equals(target.muscleSlug())).findFirst().ifPresent(muscle::setValue);
            action.setValue(target.action());
        }
        var line = new Div();
        var row = new Row(muscle, action, line);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            entries.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel("Remove muscle");
        line.add(muscle, action, remove);
        line.addClassName("target-row");
        entries.add(row);
        rows.add(line);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setErrorMessage(message);
    }

    @Override
    public String getErrorMessage() {
        return error.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isInvalid();
    }
}
