package app.plumbline.reminder.ui;

import app.plumbline.patient.PatientRef;
import app.plumbline.reminder.ReminderService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;

/**
 * One read-only line for the therapist's patient page: "Reminders: email, Mon Wed Fri 18:00" or
 * "Reminders off". It finds its service itself, so the page adds it with one line.
 */
public class ReminderStatusLine extends Paragraph {

    public ReminderStatusLine(PatientRef patient) {
        ReminderService reminders = VaadinService.getCurrent().getInstantiator().getOrCreate(ReminderService.class);
        setText(reminders.statusLine(patient));
        setId("reminder-status");
        addClassName("facts");
    }
}
