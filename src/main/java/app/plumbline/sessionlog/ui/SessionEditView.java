package app.plumbline.sessionlog.ui;

import app.plumbline.base.ui.Notifications;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Change or delete a session logged in the last 24 hours. */
@Route("history/:id(\\d{1,18})")
@PageTitle("Change a session · Plumbline")
@RolesAllowed("PATIENT")
public class SessionEditView extends Main implements BeforeEnterObserver {

    private final SessionLogService sessions;
    private final ProgramService programs;

    public SessionEditView(SessionLogService sessions, ProgramService programs) {
        this.sessions = sessions;
        this.programs = programs;
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
                    "Delete", c -> {
                        sessions.delete(id);
                        Notifications.success("The session is deleted.");
                        UI.getCurrent().navigate(HistoryView.class);
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(delete);
        buttons.addClassName("page-actions");
        add(form, buttons);
    }
}
