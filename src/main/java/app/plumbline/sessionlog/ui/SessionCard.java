package app.plumbline.sessionlog.ui;

import app.plumbline.base.Dates;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SessionSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** One logged session as the patient reads it back: the day, what was done, pain and note. */
class SessionCard extends Div {


    SessionCard(SessionSummary s, Map<Long, String> names) {
        var title = new H2(Dates.weekday(s.date()) + " " + Dates.day(s.date()));
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
        add(title, facts, exercises);
        if (s.note() != null) {
            add(new Paragraph("Note: " + s.note()));
        }
        addClassName("history-row");
    }

    /** The names of the exercises in these sessions, by exercise id. */
    static Map<Long, String> names(CatalogService catalog, Collection<SessionSummary> sessions) {
        return catalog.cards(sessions.stream().flatMap(s -> s.exercises().stream()).map(ExerciseLog::exerciseId)
                .distinct().toList()).values().stream().collect(Collectors.toMap(ExerciseCard::id, ExerciseCard::name));
    }
}
