package app.plumbline.adherence.ui;

import app.plumbline.adherence.Alert;
import app.plumbline.adherence.AlertKind;
import app.plumbline.adherence.AlertService;
import app.plumbline.patient.PatientRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The therapist's patients who need attention, each reason with its numbers; acknowledge or snooze. */
public class NeedsAttentionPanel extends Div {

    /** Rows shown before "Show all", so a large clinic's home stays light. */
    static final int FIRST_ROWS = 20;

    private final AlertService alerts;
    private final Checkbox everyone = new Checkbox("Show other therapists' patients too");
    private List<Alert> list;
    private boolean showAll;

    public NeedsAttentionPanel(AlertService alerts) {
        this(alerts, alerts.needsAttention());
    }

    /** With the alerts already computed by the caller. */
    public NeedsAttentionPanel(AlertService alerts, List<Alert> list) {
        this.alerts = alerts;
        this.list = list;
        addClassName("needs-attention");
        everyone.addValueChangeListener(e -> render());
        render();
    }

    private void render() {
        removeAll();
        List<Alert> shown = list.stream().filter(a -> a.mine() || everyone.getValue()).toList();
        add(new H2("Needs attention (" + shown.size() + ")"));
        if (list.stream().anyMatch(a -> !a.mine())) {
            add(everyone);
        }
        if (shown.isEmpty()) {
            add(new Paragraph(list.isEmpty() ? "Nobody needs attention today."
                    : "None of your patients needs attention today."));
        }
        for (Alert alert : showAll ? shown : shown.stream().limit(FIRST_ROWS).toList()) {
            var row = new Div(new Anchor(PatientRoutes.page(alert.patientId()), alert.patientName()));
            row.addClassName("alert-row");
            for (Alert.Reason reason : alert.reasons()) {
                var text = new Span(reason.text());
                var ack = reason.kind() == AlertKind.RED_FLAG
                        ? small("Acknowledge", "Acknowledge the red flags of " + alert.patientName(),
                                () -> alerts.acknowledgeRedFlags(alert.patientId()))
                        : small("Acknowledge", "Acknowledge for today: " + reason.text(),
                                () -> alerts.snooze(alert.patientId(), reason.kind(), 1));
                var snooze = small("Snooze a week", "Snooze for 7 days: " + reason.text(),
                        () -> alerts.snooze(alert.patientId(), reason.kind(), 7));
                var line = new Div(text, ack, snooze);
                line.addClassName("alert-reason");
                row.add(line);
            }
            add(row);
        }
        if (!showAll && shown.size() > FIRST_ROWS) {
            add(new Button("Show all " + shown.size(), e -> {
                showAll = true;
                render();
            }));
        }
    }

    private Button small(String text, String label, Runnable action) {
        var button = new Button(text, e -> {
            action.run();
            list = alerts.needsAttention();
            render();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        return button;
    }
}
