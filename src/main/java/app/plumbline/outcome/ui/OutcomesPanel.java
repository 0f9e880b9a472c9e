package app.plumbline.outcome.ui;

import app.plumbline.base.Dates;
import app.plumbline.base.ui.Badge;
import app.plumbline.base.ui.Notifications;
import app.plumbline.base.ui.chart.Chart;
import app.plumbline.base.ui.chart.SeriesColor;
import app.plumbline.outcome.EducationOffer;
import app.plumbline.outcome.MeasureResult;
import app.plumbline.outcome.OutcomeOverview;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.Questionnaire;
import app.plumbline.patient.PatientRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;

/**
 * Outcome measures on the therapist's patient page: each measure's scores over time with the change
 * against baseline (marked when past the MCID or MDC), what is planned when, and the form to assign.
 */
public class OutcomesPanel extends Section {

    private final PatientRef patient;
    private final OutcomeService outcomes;
    private final LocalDate today;

    public OutcomesPanel(PatientRef patient, OutcomeService outcomes, LocalDate today) {
        this.patient = patient;
        this.outcomes = outcomes;
        this.today = today;
        addClassName("outcomes");
        render();
    }

    private void render() {
        removeAll();
        OutcomeOverview overview = outcomes.overview(patient);
        var paper = new Button("Enter answers from paper", e -> new PaperEntryDialog(patient, outcomes,
                overview.choices(), today, this::render).open());
        add(new H2("Outcome measures"), paper);
        if (overview.results().isEmpty()) {
            add(new Paragraph("No questionnaire answered yet."));
        }
        overview.results().forEach(r -> add(result(r)));
        if (overview.educationOffer() != null) {
            add(educationOffer(overview.educationOffer()));
        }
        add(plans(overview));
        add(new PlanForm(overview, today, inputs -> {
            outcomes.assign(patient, inputs);
            Notifications.success("Assigned. The patient sees " + (inputs.size() == 1 ? "it" : "them")
                    + " under Questionnaires from " + inputs.getFirst().startsOn() + ".");
            render();
        }));
    }

    private Div result(MeasureResult r) {
        var card = new Div(new H3(r.shortName() + " · " + r.name()));
        card.addClassName("outcome-result");
        String direction = r.better() == Questionnaire.Better.HIGHER ? "higher is better" : "lower is better";
        var latest = new Paragraph("Latest " + format(r.latest().score()) + " " + r.unit() + " on "
                + Dates.day(r.latest().on()) + " (" + direction + ")"
                + (r.change() == null ? "; baseline only." : "; against baseline " + format(r.change().baseline())
                        + ": " + r.change().inWords(r.unit()) + "."));
        card.add(latest);
        if (r.change() != null && r.change().meaningful()) {
            String mark = (r.change().improved() ? "Improved" : "Worse") + " beyond the "
                    + (r.change().beyondMcid() ? "MCID" : "MDC");
            card.add(Badge.of(mark, r.change().improved() ? "success" : "error"));
        }
        card.add(new Chart(r.shortName() + " over time")
                .categories(r.points().stream().map(p -> Dates.shortDay(p.on())).toList())
                .line(r.shortName() + " (" + r.unit() + ")", r.points().stream().map(MeasureResult.Point::score)
                        .toList(), SeriesColor.PRIMARY)
                .valueAxis(r.unit(), r.rangeMin(), r.rangeMax()));
        return card;
    }

    private static Div educationOffer(EducationOffer offer) {
        var box = new Div(new H3("Pain education"), new Paragraph("TSK-11 " + format(offer.score()) + " on "
                + Dates.day(offer.on()) + ": at or above " + offer.threshold() + ", the score from which this clinic "
                + "offers pain education. " + offer.threshold() + " is the clinic's choice, not a validated cut-off."),
                new Paragraph("Consider the advice \u201c" + offer.adviceTitle() + "\u201d: add it under Everyday "
                        + "advice in the program builder."));
        box.addClassName("education-offer");
        return box;
    }

    private Div plans(OutcomeOverview overview) {
        var box = new Div(new H3("Planned"));
        if (overview.plans().isEmpty()) {
            box.add(new Paragraph("No measure assigned yet."));
            return box;
        }
        var list = new UnorderedList();
        for (var plan : overview.plans()) {
            String when = "from " + plan.startsOn()
                    + (plan.everyWeeks() == null ? "" : ", every " + plan.everyWeeks() + " weeks")
                    + (plan.atDischarge() ? ", at discharge" : "");
            String state = !plan.active() ? " · stopped"
                    : plan.dueNow() ? " · due now" : plan.nextDue() == null ? "" : " · next " + plan.nextDue();
            var item = new ListItem(new Span(plan.shortName() + " — " + when + state));
            if (plan.active()) {
                var stop = new Button("Stop", e -> {
                    outcomes.stop(patient, plan.slug());
                    render();
                });
                stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                stop.setAriaLabel("Stop " + plan.shortName());
                item.add(stop);
            }
            list.add(item);
        }
        var discharge = new Button("Ask discharge questionnaires", e -> {
            int asked = outcomes.discharge(patient);
            Notifications.success(asked == 0 ? "No measure is planned at discharge."
                    : asked + " questionnaire(s) asked today, for discharge.");
            render();
        });
        box.add(list, discharge);
        return box;
    }

    static String format(double value) {
        return value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
