package app.plumbline.sessionlog.ui;

import app.plumbline.patient.PatientService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's home: what to do today. */
@Route("today")
@PageTitle("Today · Plumbline")
@Menu(order = 10, title = "Today", icon = "CALENDAR_USER")
@RolesAllowed("PATIENT")
public class TodayView extends Main {

    public TodayView(PatientService patients) {
        addClassName("page");
        addClassName("narrow");
        var me = patients.me();
        var hello = new H1("Hello, " + me.givenName());
        var nothing = new Paragraph(me.therapistName() == null
                ? "Your therapist has not published an exercise program for you yet."
                : me.therapistName() + " has not published an exercise program for you yet.");
        nothing.addClassName("empty-state");
        add(hello, nothing);
    }
}
