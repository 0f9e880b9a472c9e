package app.plumbline.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The weekdays as toggle chips: one button per day, pressed when chosen (aria-pressed, so a
 * screen reader says so), big enough for a thumb and reachable by Tab and Space.
 */
class DayChips extends CustomField<Set<DayOfWeek>> {

    private final Map<DayOfWeek, Button> chips = new EnumMap<>(DayOfWeek.class);
    private final Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);

    DayChips() {
        setLabel("Days");
        var row = new Div();
        row.addClassName("day-chips");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", "Days");
        for (DayOfWeek day : DayOfWeek.values()) {
            var chip = new Button(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            chip.getElement().setAttribute("aria-label", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            chip.addClassName("day-chip");
            chip.addClickListener(e -> toggle(day));
            chips.put(day, chip);
            row.add(chip);
        }
        add(row);
        show();
    }

    private void toggle(DayOfWeek day) {
        if (!chosen.remove(day)) {
            chosen.add(day);
        }
        show();
        updateValue();
    }

    private void show() {
        chips.forEach((day, chip) -> {
            boolean on = chosen.contains(day);
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        chips.values().forEach(c -> c.setEnabled(!readOnly));
    }

    @Override
    protected Set<DayOfWeek> generateModelValue() {
        return chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
    }

    @Override
    protected void setPresentationValue(Set<DayOfWeek> days) {
        chosen.clear();
        if (days != null) {
            chosen.addAll(days);
        }
        show();
    }
}
