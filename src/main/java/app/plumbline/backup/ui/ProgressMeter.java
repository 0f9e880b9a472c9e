package app.plumbline.backup.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** The browser's own {@code <progress>} element: accessible as a progress bar, no extra bundle. */
@Tag("progress")
class ProgressMeter extends HtmlComponent {

    ProgressMeter(String label) {
        getElement().setAttribute("max", "1");
        getElement().setAttribute("aria-label", label);
        addClassName("progress-meter");
    }

    void setValue(double fraction) {
        getElement().setAttribute("value", String.valueOf(fraction));
    }
}
