package app.plumbline.program.ui;

import app.plumbline.base.ui.DateField;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.ui.DosageFields;
import app.plumbline.program.Prescription;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * One exercise of the program in the builder: what it is and its dose in words, buttons to move,
 * swap or remove it, and its dose, schedule and note to edit in place.
 */
class PrescriptionEditor extends Div {

    interface Actions {
        void move(PrescriptionEditor line, int by);

        void remove(PrescriptionEditor line);

        void swap(PrescriptionEditor line, String slug);

        void changed();
    }

    private final ExerciseCard exercise;
    private final Long exerciseId;
    private final Paragraph summary = new Paragraph();
    private final Span position = new Span();
    private final DosageFields dosage = new DosageFields();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("Fixed weekdays (optional)");
    private final DateField start = new DateField("Start");
    private final DateField end = new DateField("End");
    private final TextField note = new TextField("Note for the patient");
    private final Div details = new Div();

    PrescriptionEditor(Prescription prescription, ExerciseCard exercise, Actions actions) {
        this.exercise = exercise;
        this.exerciseId = prescription.exerciseId();
        addClassName("rx-line");
        String name = exercise == null ? "Exercise " + exerciseId : exercise.name();
        position.addClassName("rx-position");
        var title = new Span(name + (exercise != null && exercise.retired() ? " (retired from the catalog)" : ""));
        title.addClassName("rx-name");
        summary.addClassName("rx-summary");

        var up = iconButton(VaadinIcon.ARROW_UP, "Move " + name + " up", () -> actions.move(this, -1));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move " + name + " down", () -> actions.move(this, 1));
        var edit = new Button("Dose", VaadinIcon.EDIT.create(), e -> details.setVisible(!details.isVisible()));
        edit.setAriaLabel("Edit dose of " + name);
        var remove = iconButton(VaadinIcon.TRASH, "Remove " + name, () -> actions.remove(this));
        var buttons = new Div(up, down, edit);
        if (exercise != null && exercise.regression() != null) {
            buttons.add(textButton("Easier", "Swap " + name + " for its easier version",
                    () -> actions.swap(this, exercise.regression())));
        }
        if (exercise != null && exercise.progression() != null) {
            buttons.add(textButton("Harder", "Swap " + name + " for its harder version",
                    () -> actions.swap(this, exercise.progression())));
        }
        buttons.add(remove);
        buttons.addClassName("rx-buttons");

        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        weekdays.setHelperText("Leave empty to use days per week");
        note.setMaxLength(Prescription.MAX_NOTE);
        var schedule = new FormLayout(start, end, note);
        schedule.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        details.add(dosage, weekdays, schedule);
        details.addClassName("rx-details");
        details.setVisible(false);
        setValue(prescription);
        dosage.addValueChangeListener(actions::changed);
        weekdays.addValueChangeListener(e -> actions.changed());
        start.addValueChangeListener(e -> actions.changed());
        end.addValueChangeListener(e -> actions.changed());
        note.addValueChangeListener(e -> actions.changed());
        add(new Div(position, title), summary, buttons, details);
    }

    void setValue(Prescription p) {
        dosage.setValue(p.dosage());
        weekdays.setValue(p.weekdays());
        start.setValue(p.startDate());
        end.setValue(p.endDate());
        note.setValue(p.therapistNote() == null ? "" : p.therapistNote());
        refreshSummary();
    }

    List<DateField> dates() {
        return List.of(start, end);
    }

    Prescription value() {
        Set<DayOfWeek> days = weekdays.getValue();
        return new Prescription(exerciseId, dosage.getValue(), days, start.getValue(), end.getValue(), note.getValue());
    }

    ExerciseCard exercise() {
        return exercise;
    }

    void setPosition(int number) {
        position.setText(number + ".");
    }

    void refreshSummary() {
        Prescription p = value();
        boolean complete = p.problems().isEmpty();
        summary.setText(complete ? p.dosage().inPlainWords() + " — " + p.scheduleInWords()
                : "Dose incomplete: open Dose to finish it.");
    }

    /** Registers this line's fields under "rx[index].field", as the service names problems. */
    void register(FieldErrors errors, int index) {
        FieldErrors lineErrors = dosage.register(new FieldErrors());
        lineErrors.fields().forEach((field, component) -> errors.field("rx[" + index + "]." + field, component));
        errors.field("rx[" + index + "].endDate", end).field("rx[" + index + "].therapistNote", note);
    }

    void openDetails() {
        details.setVisible(true);
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static Button textButton(String text, String label, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        return button;
    }
}
