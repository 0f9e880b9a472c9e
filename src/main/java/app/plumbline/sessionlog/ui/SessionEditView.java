package app.plumbline.sessionlog.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Notifications;
import app.plumbline.catalog.CatalogService;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sessionlog.SessionSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Change or delete a session logged in the last 24 hours; an older one is only shown, since the
 * service refuses to change it.
 */
@Route("history/:id(\\d{1,18})")
@PageTitle("Change a session · Plumbline")
@RolesAllowed("PATIENT")
public class SessionEditView extends Main implements BeforeEnterObserver {

    static final String LOCKED = "This session was logged more than 24 hours ago, so it can no longer be changed "
            + "or deleted. Tell your therapist if something in it is wrong.";

    private final SessionLogService sessions;
    private final ProgramService programs;
    private final CatalogService catalog;

    public SessionEditView(SessionLogService sessions, ProgramService programs, CatalogService catalog) {
        this.sessions = sessions;
        this.programs = programs;
        this.catalog = catalog;
        addClassNames("page", "narrow", "portal");
    }

    static String route(Long sessionId) {
        return "history/" + sessionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        SessionSummary session = sessions.session(id);
        removeAll();
        if (!session.editable()) {
            showLocked(session);
            return;
        }
        add(new H1("Change your session"));
        ActiveProgram program = programs.active(sessions.me()).orElseThrow(NotFoundException::new);
        List<ActiveProgram.Item> items = program.items().stream().filter(i -> session.exercises().stream()
                .anyMatch(e -> e.exerciseId().equals(i.prescription().exerciseId()))).toList();
        var form = new SessionLogForm("session-" + id, items, session.exercises(), session.note(), "Save changes", input -> {
            sessions.update(id, input);
            Notifications.success("Your session is updated.");
            UI.getCurrent().navigate(HistoryView.class);
        });
        var delete = new Button("Delete this session", e -> {
            var confirm = new ConfirmDialog("Delete this session?", "It will no longer count in your history.",
                    "Delete", c -> delete(id));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(delete);
        buttons.addClassName("page-actions");
        add(form, buttons);
    }

    /** More than 24 hours old: shown as in the history, with nothing to change it. */
    private void showLocked(SessionSummary session) {
        var locked = new Paragraph(LOCKED);
        locked.addClassName("lead");
        add(new H1("Your session"), locked, new SessionCard(session, SessionCard.names(catalog, List.of(session))),
                new RouterLink("Back to my history", HistoryView.class));
    }

    /** The page may have been open past the 24 hours: then the refusal is said, not an error raised. */
    private void delete(Long id) {
        try {
            sessions.delete(id);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            UI.getCurrent().refreshCurrentRoute(false);
            return;
        }
        Notifications.success("The session is deleted.");
        UI.getCurrent().navigate(HistoryView.class);
    }
}
