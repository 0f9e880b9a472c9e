package app.plumbline.reminder.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.calendar.CalendarFeedService;
import app.plumbline.calendar.ui.CalendarFeedCard;
import app.plumbline.calendar.ui.CalendarView;
import app.plumbline.patient.PatientAccess;
import app.plumbline.push.PushService;
import app.plumbline.push.ui.PushCard;
import app.plumbline.reminder.Channel;
import app.plumbline.reminder.ReminderChoice;
import app.plumbline.reminder.ReminderForm;
import app.plumbline.reminder.ReminderService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The patient's Reminders screen, phone first: on or off, the days as chips, one to three times,
 * and how (email, to the address the clinic has). The service checks the choice; its refusals
 * show at the fields.
 */
@Route(ReminderService.PATIENT_ROUTE)
@PageTitle("Reminders · Plumbline")
@Menu(order = 27, title = "Reminders", icon = "BELL")
@RolesAllowed("PATIENT")
public class RemindersView extends Main implements BeforeEnterObserver {

    private final ReminderService reminders;
    private final Checkbox on = new Checkbox("Send me reminders");
    private final DayChips days = new DayChips();
    private final TimeList times = new TimeList(3);
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>("Remind me by");
    private final Checkbox messageNotices = new Checkbox("Email me when my clinic writes to me");
    private final Paragraph address = new Paragraph();
    private final Paragraph intro = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    public RemindersView(ReminderService reminders, PushService push, CalendarFeedService feeds,
            PatientAccess access) {
        this.reminders = reminders;
        addClassNames("page", "narrow", "portal", "reminders");
        intro.addClassName("portal-date");
        channels.setItems(Channel.EMAIL, Channel.PUSH);
        channels.setItemLabelGenerator(c -> c == Channel.PUSH ? "Notification on my devices (turn on each device below)"
                : c.label());
        days.setId("reminder-days");
        times.setId("reminder-times");
        address.addClassName("reminder-address");
        address.setId("reminder-address");
        on.addValueChangeListener(e -> enableChoices());
        var save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("reminder-save");
        errors.field("days", days).field("times", times).field("channels", channels);
        messageNotices.setId("message-notices");
        messageNotices.setHelperText("The email says only that there is a message; read it under Messages.");
        add(new H1("Reminders"), intro, on, days, times, channels, messageNotices, address, save, new PushCard(push),
                new CalendarFeedCard(feeds, access.self(), CalendarView.appUrl()));
    }

    /** Read on every visit, so the screen shows what is saved now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(reminders.myPlan());
    }

    private void show(ReminderForm form) {
        errors.clear();
        on.setValue(form.choice().on());
        days.setValue(form.choice().days());
        times.setValue(form.choice().times());
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        if (form.choice().email()) {
            chosen.add(Channel.EMAIL);
        }
        if (form.choice().push()) {
            chosen.add(Channel.PUSH);
        }
        channels.setValue(chosen);
        messageNotices.setValue(form.choice().messageNotices());
        intro.setText((form.saved() ? "" : suggestion(form) + " ") + "Times are in the clinic's time zone ("
                + form.zone() + "). Nothing is sent between " + form.quietHours() + ".");
        address.setText(form.email() == null
                ? "Your clinic has no email address for you, so no reminder emails can be sent yet. Ask your "
                        + "therapist to add your email address to your details."
                : "Emails go to " + form.email() + ". They say only hello, the time or that there is a message, "
                        + "and a link to the portal, and every one has a link to stop them.");
        enableChoices();
    }

    private static String suggestion(ReminderForm form) {
        if (form.programDays().isEmpty()) {
            return "Suggested from your program: choose the days that suit you.";
        }
        return "Suggested from your program, which is for " + form.programDays().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining(", ")) + ".";
    }

    private void enableChoices() {
        boolean chosen = on.getValue();
        days.setReadOnly(!chosen);
        times.setReadOnly(!chosen);
        channels.setReadOnly(!chosen);
    }

    private void save() {
        var choice = new ReminderChoice(on.getValue(), days.getValue() == null ? EnumSet.noneOf(DayOfWeek.class)
                : days.getValue(), times.getValue(), channels.getValue().contains(Channel.EMAIL),
                channels.getValue().contains(Channel.PUSH), messageNotices.getValue());
        try {
            reminders.save(choice);
            errors.clear();
            Notifications.success(choice.on() ? "Reminders saved." : "Reminders switched off.");
            show(reminders.myPlan());
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }
}
