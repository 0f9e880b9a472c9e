package app.plumbline.push.ui;

import app.plumbline.push.PushService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's notifications: for now push reminders on this device (the reminder plan comes later). */
@Route(PushService.PATIENT_ROUTE)
@PageTitle("Notifications · Plumbline")
@Menu(order = 26, title = "Notifications", icon = "BELL")
@RolesAllowed("PATIENT")
public class NotificationsView extends Main {

    public NotificationsView(PushService push) {
        addClassNames("page", "narrow", "portal");
        add(new H1("Notifications"), new PushCard(push));
    }
}
