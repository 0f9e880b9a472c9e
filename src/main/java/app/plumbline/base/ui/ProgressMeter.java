package app.plumbline.base.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/**
 * How far a long task has got, as the browser's own {@code <progress>} element (no extra web
 * component to load). The element is the progress bar for assistive technology: its role is
 * {@code progressbar}, its {@code value} and {@code max} are the current and largest value and
 * its least is 0, so no {@code aria-value*} is set beside them (ARIA in HTML forbids
 * {@code aria-valuemax} where {@code max} is set); the label names it.
 */
@Tag("progress")
public final class ProgressMeter extends HtmlComponent {

    private final double max;

    /** A meter from 0 to max (at least 1), at 0, named by the label. */
    public ProgressMeter(String label, double max) {
        this.max = Math.max(max, 1);
        getElement().setAttribute("max", String.valueOf(this.max));
        getElement().setAttribute("aria-label", label);
        addClassName("progress-meter");
        setValue(0);
    }

    /** Shows the value, kept between 0 and max. */
    public void setValue(double value) {
        getElement().setAttribute("value", String.valueOf(Math.clamp(value, 0, max)));
    }
}
