package app.plumbline.catalog.ui;

import app.plumbline.catalog.Tempo;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;

/** How fast each rep goes: seconds to lift, pause and lower; all empty means no tempo. */
public class TempoField extends CustomField<Tempo> {

    private final IntegerField lift = seconds("Lift (s)", 1);
    private final IntegerField pause = seconds("Pause (s)", 0);
    private final IntegerField lower = seconds("Lower (s)", 1);

    public TempoField() {
        setLabel("Tempo (optional)");
        setHelperText("Seconds per rep: lift and lower 1–10, pause 0–10");
        var row = new Div(lift, pause, lower);
        row.addClassName("dosage-row");
        add(row);
    }

    /** The tempo as entered now (also before the browser reports a change of the whole field). */
    public Tempo read() {
        return generateModelValue();
    }

    /**
     * Shows the value in the inputs even when the field's own value already equals it (the inputs
     * may have been edited since without the browser reporting a change of the whole field).
     */
    public void show(Tempo value) {
        setValue(value);
        setPresentationValue(value);
    }

    /** Runs the listener after any of the inner inputs changes. */
    public void onChange(Runnable listener) {
        List.of(lift, pause, lower).forEach(f -> f.addValueChangeListener(e -> listener.run()));
    }

    @Override
    protected Tempo generateModelValue() {
        if (lift.getValue() == null && pause.getValue() == null && lower.getValue() == null) {
            return null;
        }
        return new Tempo(lift.getValue(), pause.getValue(), lower.getValue());
    }

    @Override
    protected void setPresentationValue(Tempo tempo) {
        lift.setValue(tempo == null ? null : tempo.lift());
        pause.setValue(tempo == null ? null : tempo.pause());
        lower.setValue(tempo == null ? null : tempo.lower());
    }

    private static IntegerField seconds(String label, int min) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(Tempo.MAX_SECONDS);
        field.setStepButtonsVisible(true);
        return field;
    }
}
