package app.plumbline.adherence.ui;

import app.plumbline.base.Dates;
import app.plumbline.adherence.AdherenceReport;
import app.plumbline.adherence.AdherenceService;
import app.plumbline.base.ui.chart.Chart;
import app.plumbline.outcome.QuestionnaireService;
import app.plumbline.outcome.ui.MyOutcomes;
import app.plumbline.base.ui.chart.SeriesColor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's own progress: encouraging, never shaming. */
@Route("progress")
@PageTitle("My progress · Plumbline")
@Menu(order = 18, title = "My progress", icon = "TRENDING_UP")
@RolesAllowed("PATIENT")
public class MyProgressView extends Main {

    public MyProgressView(AdherenceService adherence, QuestionnaireService questionnaires) {
        addClassNames("page", "narrow", "portal");
        var progress = adherence.myProgress();
        add(new H1("My progress"));
        var figures = new Div(figure(progress.streakDays() == 1 ? "1 day" : progress.streakDays() + " days",
                        "in a row with your exercises"),
                figure(progress.daysThisWeek() + (progress.daysThisWeek() == 1 ? " day" : " days"),
                        "this week (last week: " + progress.daysLastWeek() + ")"));
        figures.addClassName("figures");
        add(figures, new Paragraph(encouragement(progress)));
        add(new Chart("Share of your exercises done each week")
                .categories(progress.weeks().stream().map(w -> Dates.shortDay(w.monday())).toList())
                .bars("Exercises done (%)", progress.weeks().stream().map(AdherenceReport.WeekRow::exercisePercent)
                        .toList(), SeriesColor.SUCCESS)
                .valueAxis("%", 0, 100));
        add(new MyOutcomes(questionnaires));
    }

    private static String encouragement(AdherenceService.Progress p) {
        if (p.streakDays() >= 7) {
            return "A whole week in a row — that is how progress happens. Keep going!";
        }
        if (p.daysThisWeek() > p.daysLastWeek()) {
            return "More days than last week. Well done!";
        }
        if (p.daysThisWeek() == 0) {
            return "A fresh start is always possible: even one short session today counts.";
        }
        return "Every session counts. Small and regular beats long and rare.";
    }

    private static Div figure(String value, String label) {
        var v = new Span(value);
        v.addClassName("figure-value");
        var l = new Span(label);
        l.addClassName("figure-label");
        var figure = new Div(v, l);
        figure.addClassName("figure");
        return figure;
    }
}
