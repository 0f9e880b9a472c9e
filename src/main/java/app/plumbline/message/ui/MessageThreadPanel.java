package app.plumbline.message.ui;

import app.plumbline.base.Dates;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.message.MessageInput;
import app.plumbline.message.MessageInput;
import app.plumbline.message.MessageLine;
import app.plumbline.message.MessageService;
import app.plumbline.message.MessageThread;
import app.plumbline.patient.PatientRef;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A patient's thread as chat bubbles, oldest at the top and newest at the bottom, with a box to
 * write the next message; the reader's side on the right with "Read 14:05" once the other side
 * has opened the thread. Opening the panel marks the other side's messages read.
 */
@StyleSheet("context://messages.css")
public class MessageThreadPanel extends Div {

    private final DateTimeFormatter when;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Paragraph empty;
    private final TextArea text = new TextArea("Message");
    private final Select<MessageThread.ExerciseChoice> exercise = new Select<>();
    private final FieldErrors errors = new FieldErrors().field("text", text).field("exercise", exercise);

    /** {@code emptyHint} is what the panel says while the thread has no message yet. */
    public MessageThreadPanel(MessageService messages, PatientRef patient, ZoneId zone, String emptyHint) {
        this.zone = zone;
        this.when = Dates.moments(zone);
        this.time = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(zone);
        addClassName("message-thread");
        MessageThread thread = messages.thread(patient);
        list.addClassName("message-list");
        list.getElement().setAttribute("role", "log");
        list.getElement().setAttribute("aria-label", "Messages");
        empty = new Paragraph(emptyHint);
        empty.addClassName("empty-state");
        empty.setVisible(thread.lines().isEmpty());
        thread.lines().forEach(line -> list.add(bubble(line)));

        text.setMaxLength(MessageInput.MAX_TEXT);
        text.setHelperText("Up to " + MessageInput.MAX_TEXT + " characters. Ctrl+Enter sends.");
        text.setWidthFull();
        text.addClassName("message-text");
        var send = new Button("Send", VaadinIcon.PAPERPLANE.create(), e -> send(messages, patient));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        var composer = new Div(text);
        composer.addClassName("message-composer");
        if (!thread.exercises().isEmpty()) {
            exercise.setLabel("About an exercise (optional)");
            exercise.setItems(thread.exercises());
            exercise.setItemLabelGenerator(c -> c == null ? "None" : c.name());
            exercise.setEmptySelectionAllowed(true);
            exercise.setEmptySelectionCaption("None");
            exercise.setWidthFull();
            composer.add(exercise);
        }
        composer.add(send);
        add(list, empty, composer);
    }

    private void send(MessageService messages, PatientRef patient) {
        errors.clear();
        try {
            MessageLine sent = messages.send(patient, new MessageInput(text.getValue(),
                    exercise.getValue() == null ? null : exercise.getValue().id()));
            list.add(bubble(sent));
            empty.setVisible(false);
            text.clear();
            exercise.clear();
            text.focus();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private Div bubble(MessageLine line) {
        var author = new Span(line.authorName());
        author.addClassName("message-author");
        var bubble = new Div(author);
        bubble.addClassNames("message-bubble", line.mine() ? "mine" : "theirs");
        if (line.exerciseName() != null) {
            var about = new Span("About: " + line.exerciseName());
            about.addClassName("message-about");
            bubble.add(about);
        }
        var body = new Paragraph(line.text());
        body.addClassName("message-body");
        var meta = new Span(when.format(line.sentAt()) + (line.mine() ? " · " + receipt(line) : ""));
        meta.addClassName("message-meta");
        bubble.add(body, meta);
        return bubble;
    }

    /** "Read 14:05" on the day it was sent, "Read 4 Dec 2026, 09:12" later; "Not read yet" before. */
    private String receipt(MessageLine line) {
        if (line.readAt() == null) {
            return "Not read yet";
        }
        boolean sameDay = LocalDate.ofInstant(line.readAt(), zone).equals(LocalDate.ofInstant(line.sentAt(), zone));
        return "Read " + (sameDay ? time : when).format(line.readAt());
    }
}
