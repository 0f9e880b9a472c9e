package app.plumbline.sessionlog.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.program.ActiveProgram;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SessionInput;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The exercises of one session with what the patient did, and a note. Keeps one submission key
 * for its whole life, so pressing Save twice saves one session.
 */
class SessionForm extends Div {

    private final String submissionKey = UUID.randomUUID().toString();
    private final List<ExerciseLogCard> cards = new ArrayList<>();
    private final TextArea note = new TextArea("A note for your therapist (optional)");
    final FieldErrors errors = new FieldErrors();

    SessionForm(List<ActiveProgram.Item> items) {
        addClassName("session-form");
        for (int i = 0; i < items.size(); i++) {
            var card = new ExerciseLogCard(items.get(i), i, errors);
            cards.add(card);
            add(card);
        }
        note.setMaxLength(1000);
        note.setWidthFull();
        errors.field("note", note);
        add(note);
    }

    SessionInput value() {
        return new SessionInput(submissionKey, cards.stream().map(ExerciseLogCard::value).toList(), note.getValue());
    }

    void setValue(List<ExerciseLog> logs, String sessionNote) {
        for (ExerciseLog log : logs) {
            cards.stream().filter(c -> c.exerciseId().equals(log.exerciseId())).findFirst()
                    .ifPresent(c -> c.setValue(log));
        }
        note.setValue(sessionNote == null ? "" : sessionNote);
    }

    void show(InvalidInputException e) {
        errors.show(e);
    }
}
