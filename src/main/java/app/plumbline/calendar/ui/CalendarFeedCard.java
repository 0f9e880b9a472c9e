package app.plumbline.calendar.ui;

import app.plumbline.base.ui.Notifications;
import app.plumbline.calendar.CalendarFeedService;
import app.plumbline.calendar.FeedAddress;
import app.plumbline.patient.PatientRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * The patient's calendar subscription: off, a button to switch it on; on, the address with a Copy
 * button, the links that add it to Google Calendar or open it in Apple Calendar and Thunderbird,
 * and Renew address and Switch off, each after a confirmation. Holds no rules: the service decides.
 */
public class CalendarFeedCard extends Section {

    static final String PRIVACY = "Your calendar shows only \u201cHome exercises\u201d at your session times, "
            + "with a link to this portal: no exercise names and nothing about your health. Anyone who has "
            + "the address can see those times, so keep it to yourself.";

    private final CalendarFeedService feeds;
    private final PatientRef patient;
    private final String appUrl;
    private final Div body = new Div();

    /** @param appUrl the app's absolute root, e.g. "https://clinic.example/" */
    public CalendarFeedCard(CalendarFeedService feeds, PatientRef patient, String appUrl) {
        this.feeds = feeds;
        this.patient = patient;
        this.appUrl = appUrl;
        setId("calendar-feed");
        addClassName("calendar-feed");
        add(new H2("Calendar subscription"), new Paragraph(PRIVACY), body);
        show(feeds.address(patient));
    }

    private void show(Optional<FeedAddress> address) {
        body.removeAll();
        address.ifPresentOrElse(this::showOn, this::showOff);
    }

    private void showOff() {
        var on = new Button("Switch on calendar", VaadinIcon.CALENDAR.create(), e -> show(Optional.of(feeds.switchOn(patient))));
        on.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        on.setId("calendar-on");
        on.setDisableOnClick(true);
        body.add(new Paragraph("Add your exercise sessions to the calendar on your phone or computer. "
                + "It updates by itself when your therapist changes your program."), actions(on));
    }

    private void showOn(FeedAddress address) {
        FeedLinks links = FeedLinks.of(appUrl, address);
        // A text area, so that the whole address shows, wrapped, even on a phone.
        var field = new TextArea("Calendar address");
        field.setValue(links.address());
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId("calendar-address");
        field.setHelperText("Paste it where your calendar app asks for a subscription (\u201cFrom URL\u201d).");
        var copy = new Button("Copy address", VaadinIcon.COPY.create(), e -> copy(links.address()));
        copy.setId("calendar-copy");
        var google = new Anchor(links.google(), "Add to Google Calendar");
        google.setTarget(AnchorTarget.BLANK);
        google.getElement().setAttribute("rel", "noopener noreferrer");
        google.setId("calendar-google");
        var webcal = new Anchor();
        webcal.setText("Open in Apple Calendar or Thunderbird");
        // Vaadin refuses schemes it does not know; this one is our own address with "webcal:" in front.
        webcal.setUnsafeHref(links.webcal());
        webcal.setId("calendar-webcal");
        var renew = new Button("Renew address", VaadinIcon.REFRESH.create(), e -> confirmRenew());
        renew.setId("calendar-renew");
        var off = new Button("Switch off", VaadinIcon.CLOSE_SMALL.create(), e -> confirmOff());
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        off.setId("calendar-off");
        var subscribe = new Div(google, webcal);
        subscribe.addClassName("calendar-links");
        body.add(field, actions(copy), subscribe, new Paragraph("Google Calendar needs the clinic's portal to be "
                + "reachable from the internet and shows no reminder alarms for subscribed calendars; Apple Calendar "
                + "and Thunderbird remind you 10 minutes before."), actions(renew, off));
    }

    private static Div actions(com.vaadin.flow.component.Component... buttons) {
        var row = new Div(buttons);
        row.addClassName("page-actions");
        return row;
    }

    private void copy(String address) {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", address)
                .then(ok -> Notifications.success("Address copied."),
                        failed -> Notifications.warning("Copying is not allowed here: select the address and copy it."));
    }

    private void confirmRenew() {
        var dialog = new ConfirmDialog("Renew the calendar address?",
                "The current address stops working at once: calendars subscribed to it stop updating. "
                        + "Subscribe again with the new address on each device.",
                "Renew address", e -> {
                    show(Optional.of(feeds.renew(patient)));
                    Notifications.success("New address made. The old one no longer works.");
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmOff() {
        var dialog = new ConfirmDialog("Switch off the calendar?",
                "The address stops working: calendars subscribed to it stop updating. You can switch it on "
                        + "again later; it then gets a new address.",
                "Switch off", e -> {
                    feeds.switchOff(patient);
                    show(Optional.empty());
                    Notifications.success("Calendar switched off.");
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
