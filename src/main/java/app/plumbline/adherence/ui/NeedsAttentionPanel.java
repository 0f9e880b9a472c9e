package app.plumbline.adherence.ui;

import app.plumbline.adherence.Alert;
import app.plumbline.adherence.AlertService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The therapist's patients who need attention, each reason with its numbers; acknowledge or snooze. */
public class NeedsAttentionPanel extends Div {

    private final AlertService alerts;

    public NeedsAttentionPanel(AlertService alerts) {
        this.alerts = alerts;
        addClassName("needs-attention");
        render();
    }

    private void render() {
        removeAll();
        List<Alert> list = alerts.needsAttention();
        add(new H2("Needs attention (" + list.size() + ")"));
        if (list.isEmpty()) {
            add(new Paragraph("Nobody needs attention today."));
        }
        for (Alert alert : list) {
            var row = new Div(new Anchor("patients/" + alert.patientId(), alert.patientName()));
            row.addClassName("alert-row");
            for (Alert.Reason reason : alert.reasons()) {
                var text = new Span(reason.text());
                var ack = small("Acknowledge", "Acknowledge for today: " + reason.text(),
                        () -> alerts.snooze(alert.patientId(), reason.kind(), 1));
                var snooze = small("Snooze a week", "Snooze for 7 days: " + reason.text(),
                        () -> alerts.snooze(alert.patientId(), reason.kind(), 7));
                var line = new Div(text, ack, snooze);
                line.addClassName("alert-reason");
                row.add(line);
            }
            add(row);
        }
    }

    private Button small(String text, String label, Runnable action) {
        var button = new Button(text, e -> {
            action.run();
            render();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        return button;
    }
}
