package app.plumbline.sessionlog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The browser-side hold timer ({@code frontend/plumbline-hold-timer.js}): get ready, hold per
 * side, rest between sets. It keeps its own time in the browser; the server only sets it up.
 */
@Tag("plumbline-hold-timer")
@JsModule("./plumbline-hold-timer.js")
public class HoldTimer extends Component {

    public HoldTimer(int holdSeconds, int sets, int holdsPerSet, boolean eachSide, int restSeconds) {
        getElement().setAttribute("hold", String.valueOf(holdSeconds));
        getElement().setAttribute("sets", String.valueOf(sets));
        getElement().setAttribute("reps", String.valueOf(holdsPerSet));
        getElement().setAttribute("sides", eachSide ? "2" : "1");
        getElement().setAttribute("rest", String.valueOf(restSeconds));
        getElement().setAttribute("ready", "5");
    }
}
