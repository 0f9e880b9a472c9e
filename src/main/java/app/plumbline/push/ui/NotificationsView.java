package app.plumbline.push.ui;

import app.plumbline.push.PushService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Push reminders on this device on a screen of their own, for a direct link; the Reminders screen shows them too. */
@Route(PushService.PATIENT_ROUTE)
@PageTitle("Notifications · Plumbline")
@RolesAllowed("PATIENT")
public class NotificationsView extends Main {

    public NotificationsView(PushService push) {
        addClassNames("page", "narrow", "portal");
        add(new H1("Notifications"), new PushCard(push));
    }
}
