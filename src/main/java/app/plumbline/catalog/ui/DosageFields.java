package app.plumbline.catalog.ui;

import app.plumbline.base.ui.FieldErrors;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The fields of a {@link Dosage}, with the limits shown at each field. Used wherever a dose is set. */
public class DosageFields extends FormLayout {

    private final IntegerField sets = number("Sets", 1, Dosage.MAX_SETS);
    private final IntegerField reps = number("Reps", 1, Dosage.MAX_REPS);
    private final IntegerField hold = number("Hold (seconds)", 1, Dosage.MAX_HOLD_SECONDS);
    private final IntegerField rest = number("Rest between sets (seconds)", 0, Dosage.MAX_REST_SECONDS);
    private final Select<Side> side = new Select<>();
    private final IntegerField timesPerDay = number("Times per day", 1, Dosage.MAX_TIMES_PER_DAY);
    private final IntegerField daysPerWeek = number("Days per week", 1, 7);
    private final TextField note = new TextField("Load or equipment note");
    private final IntensityField intensity = new IntensityField();
    private final TempoField tempo = new TempoField();

    public DosageFields() {
        side.setLabel("Side");
        side.setItems(Side.values());
        side.setItemLabelGenerator(DosageFields::sideLabel);
        side.setValue(Side.NONE);
        reps.setHelperText("Reps, hold, or both");
        note.setMaxLength(Dosage.MAX_NOTE);
        note.setPlaceholder("e.g. where to anchor the band");
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("36em", 4));
        add(sets, reps, hold, rest, side, timesPerDay, daysPerWeek);
        add(note, 2);
        add(intensity, 4);
        add(tempo, 4);
    }

    private static String sideLabel(Side s) {
        return switch (s) {
            case NONE -> "Not sided (midline or both at once)";
            case BOTH -> "Each side in turn (reps per side)";
            case ALTERNATING -> "Alternating sides (reps per side)";
            default -> s.words().substring(0, 1).toUpperCase() + s.words().substring(1);
        };
    }

    public Dosage getValue() {
        return new Dosage(sets.getValue(), reps.getValue(), hold.getValue(), rest.getValue(), side.getValue(),
                timesPerDay.getValue(), daysPerWeek.getValue(), note.getValue(), intensity.read(), tempo.read());
    }

    public void setValue(Dosage dosage) {
        sets.setValue(dosage.sets());
        reps.setValue(dosage.reps());
        hold.setValue(dosage.holdSeconds());
        rest.setValue(dosage.restSeconds());
        side.setValue(dosage.side());
        timesPerDay.setValue(dosage.timesPerDay());
        daysPerWeek.setValue(dosage.daysPerWeek());
        note.setValue(dosage.note() == null ? "" : dosage.note());
        intensity.show(dosage.intensity());
        tempo.show(dosage.tempo());
    }

    /** Runs the listener after any field changes. */
    public void addValueChangeListener(Runnable listener) {
        java.util.List.of(sets, reps, hold, rest, timesPerDay, daysPerWeek).forEach(f ->
                f.addValueChangeListener(e -> listener.run()));
        side.addValueChangeListener(e -> listener.run());
        note.addValueChangeListener(e -> listener.run());
        intensity.onChange(listener);
        tempo.onChange(listener);
    }

    /** Registers each field under the name the {@link Dosage} rules use for it. */
    public FieldErrors register(FieldErrors errors) {
        return errors.field("sets", sets).field("reps", reps).field("holdSeconds", hold).field("restSeconds", rest)
                .field("timesPerDay", timesPerDay).field("daysPerWeek", daysPerWeek).field("note", note)
                .field("intensity", intensity).field("tempo", tempo);
    }

    private static IntegerField number(String label, int min, int max) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setHelperText(min + "–" + max);
        return field;
    }
}
