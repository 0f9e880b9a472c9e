package app.plumbline.adherence.ui;

import app.plumbline.adherence.ThresholdSettings;
import app.plumbline.adherence.Thresholds;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.sessionlog.PainScale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The clinic admin's screen for the numbers behind suggestions and alerts, each rule in words. */
@Route("settings/thresholds")
@PageTitle("Suggestion and alert thresholds · Plumbline")
@Menu(order = 30, title = "Thresholds", icon = "SLIDERS")
@RolesAllowed("ADMIN")
public class ThresholdsView extends Main {

    private final ThresholdSettings settings;
    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final Paragraph state = new Paragraph();
    private long version;

    public ThresholdsView(ThresholdSettings settings) {
        this.settings = settings;
        addClassName("page");
        addClassName("narrow");
        add(new H1("Suggestion and alert thresholds"), state);
        section("Progress", "Suggest the harder exercise, or one dosage step up, when exercise adherence over 14 days "
                        + "is at least A %, pain during stayed at or below B/10 in the last 5 logs, the next morning "
                        + "was not worse, and \"too easy\" was logged in at least C of the last 5 logs.",
                "Basis: the pain-monitoring model (Silbernagel et al., 2007) accepts pain up to "
                        + PainScale.MODEL.tooMuchAbove() + "/10 during "
                        + "loading; progress only what is well tolerated and done.",
                field("progressAdherence", "A · adherence at least (%)", 0, 100),
                field("progressMaxPain", "B · pain during at most (0–10)", PainScale.MIN, PainScale.MAX),
                field("progressTooEasyOf5", "C · \"too easy\" in (of 5 logs)", 1, 5));
        section("Regress", "Suggest the easier exercise, or one dosage step down, when pain during was above D/10 "
                        + "in at least E of the last 5 logs, or the next morning was worse twice in a row.",
                "Basis: the pain-monitoring model: pain " + PainScale.MODEL.tooMuchText()
                        + ", or pain that lasts to the next morning, "
                        + "means the load is too high.",
                field("regressPain", "D · pain during above (0–10)", PainScale.MIN, PainScale.MAX - 1),
                field("regressPainOf5", "E · in (of 5 logs)", 1, 5));
        section("Simplify", "Suggest a shorter program when program adherence over 14 days is below F %: keep the "
                        + "G most-done exercises.",
                "Basis: fewer exercises are followed better; adherence to home exercise falls as programs grow.",
                field("simplifyBelowAdherence", "F · adherence below (%)", 1, 100),
                field("simplifyKeep", "G · exercises to keep", 1, 10));
        section("Check in", "Suggest contacting the patient, and put them on Needs attention, after H scheduled days "
                        + "without a log.", "Basis: an early contact keeps patients who stopped from dropping out.",
                field("checkInAfterDays", "H · scheduled days without a log", 1, 60));
        section("New programs", "No adherence or missed-days alert and no simplify or check-in suggestion before a "
                        + "program has had K scheduled days and the patient has activated their account (or has "
                        + "sessions typed in from paper). A patient who has neither, H days after their first "
                        + "program was published, is put on Needs attention as not activated.",
                "Basis: a program published minutes ago says nothing yet about whether the patient follows it.",
                field("settleScheduledDays", "K · scheduled days before alerts", 1, 28));
        section("Pain alerts", "Put a patient on Needs attention when pain during an exercise reached I/10 in the "
                        + "last 7 days, or the last 7 days' mean pain is J points above the first week's.",
                "Basis: the pain-monitoring model; a rise of 2 points on the 0–10 scale is a clinically "
                        + "important change.",
                field("alertPain", "I · pain during at least (0–10)", PainScale.MIN + 1, PainScale.MAX),
                field("alertPainRise", "J · mean pain rise (points)", 1, 10));

        var save = new Button("Save thresholds", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var defaults = new Button("Fill in the defaults", e -> show(Thresholds.DEFAULTS));
        add(new HorizontalLayout(save, defaults));
        load();
    }

    private void load() {
        var current = settings.edit();
        version = current.version();
        state.setText(current.defaults() ? "Your clinic uses the defaults." : "Your clinic uses its own numbers.");
        show(current.thresholds());
    }

    private IntegerField field(String name, String label, int min, int max) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setId("threshold-" + name);
        fields.put(name, field);
        errors.field(name, field);
        return field;
    }

    private void section(String title, String rule, String basis, IntegerField... numbers) {
        var form = new FormLayout(numbers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        var basisText = new Paragraph(basis);
        basisText.addClassName("hint");
        add(new H2(title), new Paragraph(rule), basisText, form);
    }

    private void show(Thresholds t) {
        errors.clear();
        set("progressAdherence", t.progressAdherence());
        set("progressMaxPain", t.progressMaxPain());
        set("progressTooEasyOf5", t.progressTooEasyOf5());
        set("regressPain", t.regressPain());
        set("regressPainOf5", t.regressPainOf5());
        set("simplifyBelowAdherence", t.simplifyBelowAdherence());
        set("simplifyKeep", t.simplifyKeep());
        set("checkInAfterDays", t.checkInAfterDays());
        set("alertPain", t.alertPain());
        set("alertPainRise", t.alertPainRise());
        set("settleScheduledDays", t.settleScheduledDays());
    }

    private void set(String name, int value) {
        fields.get(name).setValue(value);
    }

    private void save() {
        errors.clear();
        try {
            var saved = settings.save(read(), version);
            version = saved.version();
            state.setText("Your clinic uses its own numbers.");
            Notifications.success("Thresholds saved. Suggestions and alerts use them from now on.");
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private Thresholds read() {
        List<FieldProblem> missing = new ArrayList<>();
        fields.forEach((name, field) -> {
            if (field.getValue() == null) {
                missing.add(new FieldProblem(name, "Enter a whole number."));
            }
        });
        var read = new Thresholds(get("progressAdherence"), get("progressMaxPain"), get("progressTooEasyOf5"),
                get("regressPain"), get("regressPainOf5"), get("simplifyBelowAdherence"), get("simplifyKeep"),
                get("checkInAfterDays"), get("alertPain"), get("alertPainRise"), get("settleScheduledDays"));
        if (!missing.isEmpty()) {
            // Every problem at once: the missing numbers first, then the others' ranges.
            missing.addAll(read.problems());
            throw new InvalidInputException(missing);
        }
        return read;
    }

    private int get(String name) {
        Integer value = fields.get(name).getValue();
        return value == null ? -1 : value;
    }
}
