package app.plumbline.security.ui;

import app.plumbline.base.Outcome;
import app.plumbline.base.Text;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.SecurityEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A page refused to the signed-in user: a plain 403 that names nothing of what was asked for, and
 * a "route.refused" event in the audit trail naming the address (its path only: a query may carry
 * an activation code).
 */
public abstract class RefusalPage extends Main {

    static final String ACTION = "route.refused";
    private static final int MAX_PATH = 200;

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    RefusalPage(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
        addClassName("page");
        add(new H1("This page is not available to you"),
                new Paragraph("It belongs to another clinic or another person, or it does not exist."),
                new Anchor("", "Back to your home"));
    }

    /** Records the refusal of the event's address; returns the status to answer with. */
    int refuse(BeforeEnterEvent event) {
        String path = "/" + Text.clean(event.getLocation().getPath());
        path = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
        VaadinRequest request = VaadinRequest.getCurrent();
        events.publishEvent(SecurityEvent.by(currentUser.get().orElse(null), ACTION, Outcome.DENIED,
                request == null ? null : request.getRemoteAddr(), path));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
