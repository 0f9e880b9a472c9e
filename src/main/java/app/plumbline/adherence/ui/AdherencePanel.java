package app.plumbline.adherence.ui;

import app.plumbline.adherence.AdherenceReport;
import app.plumbline.base.Dates;
import app.plumbline.base.ui.chart.Chart;
import app.plumbline.base.ui.chart.SeriesColor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The therapist's view of a patient's adherence and pain: the 14-day figures, weekly bars with the
 * mean pain line and "worse next morning" markers, and a heat map of each exercise by day.
 */
public class AdherencePanel extends Div {

    public AdherencePanel(AdherenceReport report) {
        addClassName("adherence-panel");
        var figures = new Div(figure("Exercises done, last 14 days", report.exercisePercent14()),
                figure("Days with a session, last 14 days", report.dayPercent14()));
        figures.addClassName("figures");
        var chart = new Chart("Weekly adherence with mean pain during exercise and worse mornings")
                .categories(report.weeks().stream().map(w -> "Week of " + Dates.shortDay(w.monday())).toList())
                .bars("Exercises done (%)", report.weeks().stream().map(AdherenceReport.WeekRow::exercisePercent)
                        .toList(), SeriesColor.PRIMARY)
                .lineOnSecondAxis("Mean pain (0–10)", report.weeks().stream().map(w -> w.meanPain() == null ? null
                        : Math.round(w.meanPain() * 10) / 10.0).toList(), SeriesColor.ERROR)
                .markersOnSecondAxis("Mornings worse than usual", report.weeks().stream()
                        .map(w -> w.worseMornings() == 0 ? null : (Number) w.worseMornings()).toList(),
                        SeriesColor.WARNING)
                .valueAxis("Adherence %", 0, 100)
                .secondAxis("Pain / mornings", 0, 10);
        add(figures, chart, new H3("Each exercise, last 28 days"), heat(report));
        if (!report.heat().isEmpty()) {
            add(new HeatTable(report));
        }
    }

    private static Div figure(String label, Integer percent) {
        var value = new Span(percent == null ? "–" : percent + " %");
        value.addClassName("figure-value");
        var text = new Span(label);
        text.addClassName("figure-label");
        var figure = new Div(value, text);
        figure.addClassName("figure");
        return figure;
    }

    /** A table: a row per exercise, a cell per day, shaded by the share of the day's sets done. */
    private static Div heat(AdherenceReport report) {
        var table = new Div();
        table.addClassName("heat-map");
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", "Sets done per exercise and day, last 28 days");
        // Focusable: on a phone the map is wider than the screen and arrow keys scroll it.
        table.getElement().setAttribute("tabindex", "0");
        if (report.heat().isEmpty()) {
            table.add(new Paragraph("No program yet."));
            return table;
        }
        for (AdherenceReport.HeatRow row : report.heat()) {
            var line = new Div();
            line.addClassName("heat-row");
            line.getElement().setAttribute("role", "row");
            var name = new Span(row.name());
            name.addClassName("heat-name");
            name.getElement().setAttribute("role", "rowheader");
            line.add(name);
            for (int i = 0; i < row.cells().size(); i++) {
                Double value = row.cells().get(i);
                var cell = new Span();
                cell.addClassName("heat-cell");
                cell.getElement().setAttribute("role", "cell");
                String day = Dates.shortDay(report.heatDays().get(i));
                String words = value == null ? "not due" : HeatTable.words(value) + " of sets";
                cell.getElement().setAttribute("title", day + ": " + words);
                cell.getElement().setAttribute("aria-label", day + ": " + words);
                cell.getElement().getStyle().set("--level", value == null ? "none" : String.valueOf(value));
                cell.addClassName(value == null ? "off" : value >= 0.999 ? "full" : value > 0 ? "part" : "none");
                line.add(cell);
            }
            table.add(line);
        }
        var legend = new Paragraph("Dark: all sets done · light: some · outlined: none · blank: not due");
        legend.addClassName("heat-legend");
        table.add(legend);
        return table;
    }
}
