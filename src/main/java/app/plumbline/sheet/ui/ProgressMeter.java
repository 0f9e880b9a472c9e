package app.plumbline.sheet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/** The browser's own progress bar (a plain HTML element, so no extra web component to load). */
@Tag("progress")
class ProgressMeter extends Component {

    ProgressMeter(int max) {
        getElement().setAttribute("max", String.valueOf(Math.max(max, 1)));
        getElement().setAttribute("value", "0");
        addClassName("progress-meter");
    }

    void setValue(int value) {
        getElement().setAttribute("value", String.valueOf(value));
    }
}
