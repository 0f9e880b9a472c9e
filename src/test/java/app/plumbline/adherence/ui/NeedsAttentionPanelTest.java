package app.plumbline.adherence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.Alert;
import app.plumbline.adherence.AlertKind;
import app.plumbline.adherence.AlertService;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The home's Needs attention rows: drawn as HTML, pressed through one listener, each press checked. */
class NeedsAttentionPanelTest extends KaribuTest {

    @Autowired
    AlertService alerts;

    private static Html rows() {
        return _get(Html.class, spec -> spec.withClasses("alert-list"));
    }

    /** The row of a patient on screen, as the browser has it; none when the patient has no row. */
    private static Optional<Element> row(Html rows, String patient) {
        return Jsoup.parseBodyFragment(rows.getInnerHtml()).select(".alert-row").stream()
                .filter(r -> r.selectFirst("a").text().equals(patient)).findFirst();
    }

    /** What the browser sends when the button is pressed: the event data of its data attributes. */
    private static void press(Html rows, Element button) {
        press(rows, button.attr("data-action"), button.attr("data-patient"), button.attr("data-kind"));
    }

    private static void press(Html rows, String action, String patient, String kind) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put(NeedsAttentionPanel.ON_A_BUTTON, true)
                .put(NeedsAttentionPanel.ACTION, action)
                .put(NeedsAttentionPanel.PATIENT, patient)
                .put(NeedsAttentionPanel.KIND, kind);
        BasicUtilsKt._fireDomEvent(rows, "click", data);
    }

    @Test
    void snoozingAReasonForAWeekTakesItOffTheList() {
        openAs("tom.ruiz", "patients");
        // Everyone's patients too, so the list stays on screen when Helen's row goes.
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show other therapists' patients too")), true);
        Html rows = rows();
        Element helen = row(rows, "Helen Wright").orElseThrow();
        assertThat(helen.selectFirst("a").attr("href")).startsWith("patients/");
        Element snooze = helen.select("vaadin-button[data-action=snooze]").stream()
                .filter(b -> b.attr("aria-label").startsWith("Snooze for 7 days: Adherence")).findFirst().orElseThrow();

        press(rows, snooze);
        List<Alert> after = alerts.needsAttention();
        // The same press again, as a double press sends it before the first one's answer arrives.
        press(rows, snooze);
        assertThat(alerts.needsAttention()).isEqualTo(after);

        assertThat(alerts.needsAttention()).filteredOn(a -> a.patientName().equals("Helen Wright"))
                .flatExtracting(Alert::reasons).extracting(Alert.Reason::kind).doesNotContain(AlertKind.LOW_ADHERENCE);
        assertThat(row(rows, "Helen Wright").stream().flatMap(r -> r.select("vaadin-button").eachAttr("aria-label").stream()))
                .noneMatch(label -> label.startsWith("Snooze for 7 days: Adherence"));
        _get(H2.class, spec -> spec.withText("Needs attention (" + alerts.needsAttention().size() + ")"));
    }

    @Test
    void aPressForAPatientOrReasonNotOnScreenChangesNothing() {
        openAs("anna.berg", "patients");
        Html rows = rows();
        String before = rows.getInnerHtml();
        List<Alert> alertsBefore = alerts.needsAttention();
        Alert james = alertsBefore.stream().filter(a -> a.patientName().equals("James O'Connor")).findFirst()
                .orElseThrow();
        String jamesId = String.valueOf(james.patientId());

        press(rows, "snooze", "999999", AlertKind.NO_LOGS.name());
        press(rows, "snooze", jamesId, AlertKind.WORSE_MORNINGS.name());
        press(rows, "acknowledge", jamesId, "NOT_A_KIND");
        press(rows, "forget", jamesId, AlertKind.NO_LOGS.name());
        press(rows, "snooze", "not a number", AlertKind.NO_LOGS.name());

        assertThat(alerts.needsAttention()).isEqualTo(alertsBefore);
        assertThat(rows.getInnerHtml()).isEqualTo(before);
    }

    @Test
    void namesAndReasonsAreShownAsTextNeverAsMarkup() {
        String html = NeedsAttentionPanel.html(List.of(new Alert(7L, "<img src=x onerror=alert(1)>", true,
                List.of(new Alert.Reason(AlertKind.PAIN, "Pain \"8/10\" <script>")))));

        Element row = Jsoup.parseBodyFragment(html).selectFirst(".alert-row");
        assertThat(row.select("img, script")).isEmpty();
        assertThat(row.selectFirst("a").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("patients/7");
        assertThat(row.selectFirst("span").text()).isEqualTo("Pain \"8/10\" <script>");
        assertThat(row.select("vaadin-button").eachAttr("aria-label"))
                .containsExactly("Acknowledge for today: Pain \"8/10\" <script>", "Snooze for 7 days: Pain \"8/10\" <script>");
        assertThat(row.select("vaadin-button").eachAttr("data-patient")).containsOnly("7");
        assertThat(row.select("vaadin-button").eachAttr("data-kind")).containsOnly("PAIN");
    }

    @Test
    void redFlagsAreAcknowledgedForThePatientNotForTheDay() {
        String html = NeedsAttentionPanel.html(List.of(new Alert(7L, "Sofia Rossi", true,
                List.of(new Alert.Reason(AlertKind.RED_FLAG, "Red flag: Pain 8/10")))));

        assertThat(Jsoup.parseBodyFragment(html).select("vaadin-button").eachAttr("aria-label"))
                .containsExactly("Acknowledge the red flags of Sofia Rossi", "Snooze for 7 days: Red flag: Pain 8/10");
    }
}
