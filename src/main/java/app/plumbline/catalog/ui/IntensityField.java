package app.plumbline.catalog.ui;

import app.plumbline.catalog.Band;
import app.plumbline.catalog.Intensity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Locale;

/**
 * How hard: none, an effort rating, a band colour or a weight, then its value. Only the input of
 * the chosen kind is shown; a problem with any of them shows under the whole field.
 */
public class IntensityField extends CustomField<Intensity> {

    private final Select<Intensity.Kind> kind = new Select<>();
    private final IntegerField rpe = new IntegerField("Effort, 0 to 10");
    private final Select<Band> band = new Select<>();
    private final BigDecimalField kg = new BigDecimalField("Weight in kg");

    public IntensityField() {
        setLabel("Intensity (optional)");
        kind.setLabel("Measured by");
        kind.setItems(Intensity.Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "None" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("None");
        rpe.setMin(0);
        rpe.setMax(Intensity.MAX_RPE);
        rpe.setStepButtonsVisible(true);
        band.setLabel("Band colour");
        band.setItems(Band.values());
        band.setItemLabelGenerator(b -> b.code().substring(0, 1).toUpperCase(Locale.ROOT) + b.code().substring(1));
        kg.setPlaceholder("e.g. 2.5");
        kg.setHelperText("0.5–100, one decimal");
        var row = new Div(kind, rpe, band, kg);
        row.addClassName("dosage-row");
        add(row);
        kind.addValueChangeListener(e -> showChosen());
        showChosen();
    }

    /** The intensity as entered now (also before the browser reports a change of the whole field). */
    public Intensity read() {
        return generateModelValue();
    }

    /**
     * Shows the value in the inputs even when the field's own value already equals it (the inputs
     * may have been edited since without the browser reporting a change of the whole field).
     */
    public void show(Intensity value) {
        setValue(value);
        setPresentationValue(value);
    }

    /** Runs the listener after any of the inner inputs changes. */
    public void onChange(Runnable listener) {
        List.<HasValue<?, ?>>of(kind, rpe, band, kg).forEach(f -> f.addValueChangeListener(e -> listener.run()));
    }

    @Override
    protected Intensity generateModelValue() {
        Intensity.Kind chosen = kind.getValue();
        if (chosen == null) {
            return null;
        }
        return switch (chosen) {
            case RPE -> Intensity.rpe(rpe.getValue());
            case BAND -> Intensity.band(band.getValue());
            case KG -> Intensity.kg(kg.getValue());
        };
    }

    @Override
    protected void setPresentationValue(Intensity intensity) {
        kind.setValue(intensity == null ? null : intensity.kind());
        boolean rating = intensity != null && intensity.kind() == Intensity.Kind.RPE && intensity.amount() != null;
        rpe.setValue(rating ? intensity.amount().intValue() : null);
        band.setValue(intensity == null ? null : intensity.band());
        boolean weight = intensity != null && intensity.kind() == Intensity.Kind.KG;
        kg.setValue(weight ? intensity.amount() : null);
        showChosen();
    }

    private void showChosen() {
        Intensity.Kind chosen = kind.getValue();
        show(rpe, chosen == Intensity.Kind.RPE);
        show(band, chosen == Intensity.Kind.BAND);
        show(kg, chosen == Intensity.Kind.KG);
    }

    private static void show(Component input, boolean visible) {
        input.setVisible(visible);
    }
}
