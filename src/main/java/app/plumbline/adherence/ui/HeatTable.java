package app.plumbline.adherence.ui;

import app.plumbline.adherence.AdherenceReport;
import app.plumbline.base.Dates;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.LocalDate;

/**
 * The heat map's numbers as a table, behind a summary reached by Tab: a row per day (newest first),
 * a column per exercise, each cell the share of the day's sets done. The coloured map shows the
 * pattern; this gives a keyboard or screen-reader user the same figures.
 */
class HeatTable extends Details {

    HeatTable(AdherenceReport report) {
        super("The same days as a table");
        addClassName("heat-table");
        var table = new NativeTable();
        var header = new NativeTableRow(new NativeTableHeaderCell("Day"));
        report.heat().forEach(row -> header.add(new NativeTableHeaderCell(row.name())));
        table.getHead().addRows(header);
        var body = table.addBody();
        for (int i = report.heatDays().size() - 1; i >= 0; i--) {
            LocalDate day = report.heatDays().get(i);
            var line = new NativeTableRow(new NativeTableHeaderCell(Dates.weekday(day) + " " + Dates.shortDay(day)));
            for (AdherenceReport.HeatRow row : report.heat()) {
                line.add(new NativeTableCell(words(row.cells().get(i))));
            }
            body.addRows(line);
        }
        var scroller = new Div(table);
        scroller.addClassName("heat-table-scroller");
        // Focusable so a keyboard can scroll it when it is wider than the screen.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Sets done per exercise and day, as a table");
        add(scroller);
    }

    /** "100 %", "50 %", "0 %", or "not due". */
    static String words(Double share) {
        return share == null ? "not due" : Math.round(share * 100) + " %";
    }
}
