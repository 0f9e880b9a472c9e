package app.plumbline.sessionlog.ui;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.HistoryPage;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sessionlog.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The patient's past sessions, newest first, a page at a time; those of the last 24 hours can
 * still be changed.
 */
@Route("history")
@PageTitle("My history · Plumbline")
@Menu(order = 20, title = "My history", icon = "CALENDAR")
@RolesAllowed("PATIENT")
public class HistoryView extends Main {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

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
        Map<Long, String> names = catalog.cards(history.sessions().stream().flatMap(s -> s.exercises().stream())
                .map(ExerciseLog::exerciseId).distinct().toList()).values().stream()
                .collect(Collectors.toMap(ExerciseCard::id, ExerciseCard::name));
        if (number == 0 && history.sessions().isEmpty()) {
            var none = new Paragraph("No sessions logged yet. They appear here once you save one on Today.");
            none.addClassName("empty-state");
            rows.add(none);
        }
        history.sessions().forEach(s -> rows.add(row(s, names)));
        older.setVisible(history.hasMore());
    }

    private static Div row(SessionSummary s, Map<Long, String> names) {
        var title = new H2(DAY.format(s.date()));
        String done = s.doneCount() + " of " + s.exercises().size() + " exercises done";
        String pain = s.maxPain() == null ? "" : " · most pain " + s.maxPain() + "/10";
        String morning = s.nextMorning() == null ? "" : " · next morning: " + s.nextMorning().label().toLowerCase();
        var facts = new Paragraph(done + pain + morning + (s.paper() ? " · from paper" : ""));
        var exercises = new UnorderedList();
        s.exercises().forEach(e -> exercises.add(new ListItem(names.getOrDefault(e.exerciseId(), "Exercise") + ": "
                + (e.skipped() ? "skipped (" + e.skipReason().label().toLowerCase() + ")"
                        : e.setsDone() + (e.setsDone() == 1 ? " set" : " sets")
                        + (e.pain() == null ? "" : ", pain " + e.pain() + "/10")
                        + (e.difficulty() == null ? "" : ", " + e.difficulty().label().toLowerCase())))));
        var row = new Div(title, facts, exercises);
        if (s.note() != null) {
            row.add(new Paragraph("Note: " + s.note()));
        }
        if (s.editable()) {
            row.add(new Anchor(SessionEditView.route(s.id()), "Change or delete (possible for 24 hours)"));
        }
        row.addClassName("history-row");
        return row;
    }
}
