package app.plumbline.sessionlog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The browser-side hold timer ({@code frontend/plumbline-hold-timer.js}): get ready, hold per
 * side, rest between sets; it tells the server only when every hold is done.
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

    public Registration addFinishedListener(com.vaadin.flow.component.ComponentEventListener<FinishedEvent> listener) {
        return addListener(FinishedEvent.class, listener);
    }

    @DomEvent("timer-finished")
    public static class FinishedEvent extends ComponentEvent<HoldTimer> {

        public FinishedEvent(HoldTimer source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
