package app.plumbline.message.ui;

import app.plumbline.message.MessageService;
import app.plumbline.patient.PatientAccess;
import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's thread with the therapists of their clinic. */
@Route(MessageService.PATIENT_ROUTE)
@PageTitle("Messages · Plumbline")
@Menu(order = 25, title = "Messages", icon = "CHAT")
@RolesAllowed("PATIENT")
public class MessagesView extends Main implements BeforeEnterObserver {

    private final MessageService messages;
    private final PatientAccess access;
    private final CurrentUser currentUser;

    public MessagesView(MessageService messages, PatientAccess access, CurrentUser currentUser) {
        this.messages = messages;
        this.access = access;
        this.currentUser = currentUser;
        addClassNames("page", "narrow", "portal");
    }

    /** Built on every visit, so the thread (and what it marks read) is the latest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var intro = new Paragraph("Write to your therapist about your exercises. Messages are not for "
                + "emergencies: if something is urgent, call the clinic.");
        intro.addClassName("portal-date");
        add(new H1("Messages"), intro, new MessageThreadPanel(messages, access.self("Opened Messages"),
                currentUser.zone(), "No messages yet. Your therapist's answers appear here."));
    }
}
