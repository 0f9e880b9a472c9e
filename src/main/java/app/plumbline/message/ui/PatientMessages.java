package app.plumbline.message.ui;

import app.plumbline.message.MessageService;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.VaadinService;

/**
 * The Messages section of the therapist's patient page. It finds its services itself, so the page
 * adds it with one line and needs no new constructor argument.
 */
public class PatientMessages extends Section {

    public PatientMessages(PatientRef patient) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        MessageService messages = instantiator.getOrCreate(MessageService.class);
        CurrentUser currentUser = instantiator.getOrCreate(CurrentUser.class);
        setId("patient-messages");
        add(new H2("Messages"), new MessageThreadPanel(messages, patient, currentUser.zone(),
                "No messages yet. " + patient.givenName() + " sees what you write here in the portal's Messages."));
    }
}
