package app.plumbline.calendar.ui;

import app.plumbline.calendar.CalendarFeedService;
import app.plumbline.patient.PatientAccess;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The patient's calendar subscription on a screen of its own, for a direct link; the Reminders screen shows it too. */
@Route(CalendarFeedService.PATIENT_ROUTE)
@PageTitle("Calendar · Plumbline")
@RolesAllowed("PATIENT")
public class CalendarView extends Main implements BeforeEnterObserver {

    private final CalendarFeedService feeds;
    private final PatientAccess access;

    public CalendarView(CalendarFeedService feeds, PatientAccess access) {
        this.feeds = feeds;
        this.access = access;
        addClassNames("page", "narrow", "portal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Calendar"), new CalendarFeedCard(feeds, access.self("Opened Calendar"), appUrl()));
    }

    /** The app's absolute root as the browser reached it (behind the proxy: the proxy's address). */
    public static String appUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "/" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .path("/").build().toUriString();
    }
}
