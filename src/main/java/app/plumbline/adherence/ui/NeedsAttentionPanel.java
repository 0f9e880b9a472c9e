package app.plumbline.adherence.ui;

import app.plumbline.adherence.Alert;
import app.plumbline.adherence.AlertKind;
import app.plumbline.adherence.AlertService;
import app.plumbline.patient.PatientRoutes;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * The therapist's patients who need attention, each reason with its numbers; acknowledge or snooze.
 * The rows are one piece of HTML with one click listener, not a component per row and button: a
 * therapist's open home then holds a few kilobytes for them instead of a hundred. Every change asks
 * for the alerts again; the panel keeps only the rows it shows.
 */
public class NeedsAttentionPanel extends Div {

    /** Rows shown before "Show all", so a large clinic's home stays light. */
    static final int FIRST_ROWS = 20;

    /** What the browser sends with a press on a row's button: which button, patient and reason. */
    static final String BUTTON = "event.target.closest('vaadin-button[data-action]')";
    static final String ACTION = BUTTON + ".dataset.action";
    static final String PATIENT = BUTTON + ".dataset.patient";
    static final String KIND = BUTTON + ".dataset.kind";
    /** Only presses on those buttons reach the server; Vaadin checks the filter's answer there too. */
    static final String ON_A_BUTTON = BUTTON + " !== null";

    private final AlertService alerts;
    private final H2 title = new H2();
    private final Checkbox everyone = new Checkbox("Show other therapists' patients too");
    private final Paragraph nobody = new Paragraph();
    private final Html list = new Html("<div class=\"alert-list\"></div>");
    private final Button showAll = new Button("", e -> showAll());
    private boolean all;
    /** The rows on screen: a press counts only for a patient and reason among them. */
    private List<Alert> rows = List.of();

    public NeedsAttentionPanel(AlertService alerts) {
        this.alerts = alerts;
        addClassName("needs-attention");
        everyone.addValueChangeListener(e -> refresh());
        list.getElement().addEventListener("click", e -> pressed(e.getEventData()))
                .addEventData(ACTION).addEventData(PATIENT).addEventData(KIND).setFilter(ON_A_BUTTON);
        add(title, everyone, nobody, list, showAll);
        refresh();
    }

    private void refresh() {
        List<Alert> clinic = alerts.needsAttention();
        List<Alert> shown = everyone.getValue() ? clinic : clinic.stream().filter(Alert::mine).toList();
        title.setText("Needs attention (" + shown.size() + ")");
        everyone.setVisible(clinic.stream().anyMatch(a -> !a.mine()));
        nobody.setText(clinic.isEmpty() ? "Nobody needs attention today."
                : "None of your patients needs attention today.");
        nobody.setVisible(shown.isEmpty());
        rows = all ? shown : shown.stream().limit(FIRST_ROWS).toList();
        list.setHtmlContent(html(rows));
        list.setVisible(!rows.isEmpty());
        showAll.setText("Show all " + shown.size());
        showAll.setVisible(rows.size() < shown.size());
    }

    private void showAll() {
        all = true;
        refresh();
    }

    /**
     * A press on a row's button. The browser names the patient and the reason; the press counts only
     * if that reason is on screen (a second press sent before the first one's answer arrived, or
     * anything made up, finds nothing and changes nothing).
     */
    void pressed(JsonNode data) {
        String patient = data.path(PATIENT).asString("");
        String kindName = data.path(KIND).asString("");
        Optional<Alert.Reason> reason = rows.stream().filter(a -> String.valueOf(a.patientId()).equals(patient))
                .flatMap(a -> a.reasons().stream()).filter(r -> r.kind().name().equals(kindName)).findFirst();
        if (reason.isEmpty()) {
            return;
        }
        Long patientId = Long.valueOf(patient);
        AlertKind kind = reason.get().kind();
        switch (data.path(ACTION).asString("")) {
            case "acknowledge" -> {
                // Red flags are acknowledged for good; anything else is put aside for today.
                if (kind == AlertKind.RED_FLAG) {
                    alerts.acknowledgeRedFlags(patientId);
                } else {
                    alerts.snooze(patientId, kind, 1);
                }
            }
            case "snooze" -> alerts.snooze(patientId, kind, 7);
            default -> {
                return;
            }
        }
        refresh();
    }

    /** The rows as HTML, built by jsoup so names and reasons are escaped as text. */
    static String html(List<Alert> rows) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element list = document.body().appendElement("div").addClass("alert-list");
        for (Alert alert : rows) {
            Element row = list.appendElement("div").addClass("alert-row");
            row.appendElement("a").attr("href", PatientRoutes.page(alert.patientId())).text(alert.patientName());
            for (Alert.Reason reason : alert.reasons()) {
                Element line = row.appendElement("div").addClass("alert-reason");
                line.appendElement("span").text(reason.text());
                button(line, "acknowledge", alert, reason, "Acknowledge", reason.kind() == AlertKind.RED_FLAG
                        ? "Acknowledge the red flags of " + alert.patientName()
                        : "Acknowledge for today: " + reason.text());
                button(line, "snooze", alert, reason, "Snooze a week", "Snooze for 7 days: " + reason.text());
            }
        }
        return list.outerHtml();
    }

    private static void button(Element line, String action, Alert alert, Alert.Reason reason, String text,
            String label) {
        line.appendElement("vaadin-button").attr("theme", "small tertiary").attr("aria-label", label)
                .attr("data-action", action).attr("data-patient", String.valueOf(alert.patientId()))
                .attr("data-kind", reason.kind().name()).text(text);
    }
}
