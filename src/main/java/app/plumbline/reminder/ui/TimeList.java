package app.plumbline.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One to three reminder times a day: a time picker each, one removable, "Add a time" below. */
class TimeList extends CustomField<List<LocalTime>> {

    private final int max;
    private final Div rows = new Div();
    private final Button add = new Button("Add a time", VaadinIcon.PLUS.create());
    private final List<TimePicker> pickers = new ArrayList<>();

    TimeList(int max) {
        this.max = max;
        setLabel("Times");
        rows.addClassName("reminder-times");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addPicker(null);
            pickers.getLast().focus();
            updateValue();
        });
        add(rows, add);
    }

    private void addPicker(LocalTime time) {
        var picker = new TimePicker();
        picker.setStep(Duration.ofMinutes(15));
        // 24-hour times, as the emails and the therapist's line show them.
        picker.setLocale(Locale.UK);
        picker.setAriaLabel("Reminder time " + (pickers.size() + 1));
        picker.setValue(time);
        picker.addValueChangeListener(e -> updateValue());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove this time");
        var row = new Div(picker, remove);
        row.addClassName("reminder-time");
        remove.addClickListener(e -> {
            pickers.remove(picker);
            rows.remove(row);
            relabel();
            updateValue();
        });
        pickers.add(picker);
        rows.add(row);
        relabel();
    }

    private void relabel() {
        for (int i = 0; i < pickers.size(); i++) {
            pickers.get(i).setAriaLabel("Reminder time " + (i + 1));
        }
        add.setVisible(pickers.size() < max && !isReadOnly());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        pickers.forEach(p -> p.setReadOnly(readOnly));
        rows.getChildren().forEach(r -> r.getChildren().filter(c -> c instanceof Button)
                .forEach(b -> ((Button) b).setEnabled(!readOnly)));
        add.setVisible(pickers.size() < max && !readOnly);
    }

    @Override
    protected List<LocalTime> generateModelValue() {
        return pickers.stream().map(TimePicker::getValue).toList();
    }

    @Override
    protected void setPresentationValue(List<LocalTime> times) {
        pickers.clear();
        rows.removeAll();
        (times == null ? List.<LocalTime>of() : times).forEach(this::addPicker);
        relabel();
    }
}
