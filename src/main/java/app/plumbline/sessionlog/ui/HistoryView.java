package app.plumbline.sessionlog.ui;

import app.plumbline.catalog.CatalogService;
import app.plumbline.sessionlog.HistoryPage;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sessionlog.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The patient's past sessions, newest first, a page at a time; those of the last 24 hours can
 * still be changed.
 */
@Route("history")
@PageTitle("My history · Plumbline")
@Menu(order = 20, title = "My history", icon = "CALENDAR")
@RolesAllowed("PATIENT")
public class HistoryView extends Main {

    static final int PAGE = 14;

    private final SessionLogService sessions;
    private final CatalogService catalog;
    private final Div rows = new Div();
    private final Button older = new Button("Show older sessions", e -> showPage(++this.page));
    private int page;

    public HistoryView(SessionLogService sessions, CatalogService catalog) {
        this.sessions = sessions;
        this.catalog = catalog;
        addClassNames("page", "narrow", "portal");
        older.addClassName("history-older");
        add(new H1("My history"), rows, older);
        showPage(0);
    }

    private void showPage(int number) {
        HistoryPage history = sessions.history(number, PAGE);
        Map<Long, String> names = SessionCard.names(catalog, history.sessions());
        if (number == 0 && history.sessions().isEmpty()) {
            var none = new Paragraph("No sessions logged yet. They appear here once you save one on Today.");
            none.addClassName("empty-state");
            rows.add(none);
        }
        history.sessions().forEach(s -> rows.add(row(s, names)));
        older.setVisible(history.hasMore());
    }

    private static Div row(SessionSummary s, Map<Long, String> names) {
        var row = new SessionCard(s, names);
        if (s.editable()) {
            row.add(new Anchor(SessionEditView.route(s.id()), "Change or delete (possible for 24 hours)"));
        }
        return row;
    }
}
