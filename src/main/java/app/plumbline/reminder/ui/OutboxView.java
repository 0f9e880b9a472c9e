package app.plumbline.reminder.ui;

import app.plumbline.reminder.Channel;
import app.plumbline.reminder.OutboxLine;
import app.plumbline.reminder.OutboxStatus;
import app.plumbline.reminder.ReminderService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The admin's outbox: every reminder sent, or that would have been sent, by channel, newest
 * first, with its status. A list of cards rather than a grid, so it reads on a phone too.
 */
@Route("admin/outbox")
@PageTitle("Outbox · Plumbline")
@Menu(order = 32, title = "Outbox", icon = "ENVELOPE")
@RolesAllowed("ADMIN")
public class OutboxView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    public OutboxView(ReminderService reminders) {
        addClassNames("page", "outbox");
        add(new H1("Outbox"));
        if (!reminders.mailServerConfigured()) {
            var notice = new Paragraph("No mail server is configured, so no reminder email is sent: each one is "
                    + "listed here as \"not sent\". To send them, set spring.mail.host (and the other mail "
                    + "settings, see \"Reminders\" in the README) and restart Plumbline.");
            notice.addClassName("outbox-notice");
            notice.setId("no-mail-server");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }
        add(new Paragraph("Reminders the patients chose, and the nudges (\"not logged yet today\", \"we missed "
                + "you\"), newest first. The messages themselves carry no health details, so none are shown here."));
        List<OutboxLine> lines = reminders.outbox();
        for (Channel channel : Channel.values()) {
            List<OutboxLine> ofChannel = lines.stream().filter(l -> l.channel() == channel).toList();
            if (ofChannel.isEmpty() && channel != Channel.EMAIL) {
                continue;
            }
            add(new H2(channel.label()));
            if (ofChannel.isEmpty()) {
                add(new Paragraph("Nothing yet."));
                continue;
            }
            var list = new UnorderedList();
            list.addClassName("outbox-list");
            list.getElement().setAttribute("aria-label", channel.label() + " reminders");
            ofChannel.forEach(l -> list.add(card(l)));
            add(list);
        }
    }

    private static ListItem card(OutboxLine line) {
        var status = new Span(line.status().label());
        status.getElement().getThemeList().add(switch (line.status()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            default -> "badge contrast";
        });
        var top = new Div(new Span(line.patientName()), status);
        top.addClassName("outbox-top");
        var what = new Div(new Span(line.kind().label() + " · due " + WHEN.format(line.scheduledFor())));
        what.addClassName("outbox-what");
        var item = new ListItem(top, what);
        if (line.status() == OutboxStatus.FAILED && line.reason() != null) {
            var reason = new Div(new Span(line.reason()));
            reason.addClassName("outbox-reason");
            item.add(reason);
        }
        item.addClassName("outbox-item");
        return item;
    }
}
