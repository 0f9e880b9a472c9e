package app.plumbline.sessionlog.ui;

import app.plumbline.base.Dates;
import app.plumbline.base.ui.Notifications;
import app.plumbline.patient.PatientService;
import app.plumbline.sessionlog.ClinicPainScale;
import app.plumbline.sessionlog.NextMorning;
import app.plumbline.sessionlog.PainScale;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sessionlog.SessionSummary;
import app.plumbline.sessionlog.TodayPlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The patient's home: how this morning feels, then the exercises of the next session, then Save. */
@Route("today")
@PageTitle("Today · Plumbline")
@Menu(order = 10, title = "Today", icon = "CALENDAR_USER")
@RolesAllowed("PATIENT")
public class TodayView extends Main {


    private final SessionLogService sessions;
    private final ClinicPainScale clinicPainScale;
    private final String givenName;

    public TodayView(SessionLogService sessions, PatientService patients,
            ClinicPainScale clinicPainScale) {
        this.sessions = sessions;
        this.clinicPainScale = clinicPainScale;
        this.givenName = patients.me().givenName();
        setId("page-today");
        addClassNames("page", "narrow", "portal");
        render(null);
    }

    /** saved: the session just saved, said above what comes next; null when Today is opened. */
    private void render(SessionSummary saved) {
        removeAll();
        TodayPlan plan = sessions.today();
        var date = new Paragraph(Dates.heading(plan.date()));
        date.addClassName("portal-date");
        add(new H1("Hello, " + givenName), date);
        plan.advice().forEach(reason -> {
            var advice = new Paragraph(reason + ". Please stop that exercise and contact your therapist before "
                    + "you carry on. If pain is severe or you feel unwell, seek medical help.");
            advice.addClassName("red-flag-advice");
            advice.getElement().setAttribute("role", "alert");
            add(advice);
        });
        if (plan.askNextMorningFor() != null) {
            add(nextMorning(plan));
        }
        if (!plan.hasProgram()) {
            add(empty("Your therapist has not published an exercise program for you yet."));
            return;
        }
        if (saved != null) {
            add(savedCard(saved, plan));
        }
        if (plan.allDone()) {
            add(empty("All done for today — well done! See you tomorrow."), new Anchor("history", "See your history"));
            return;
        }
        if (plan.due().isEmpty()) {
            add(empty("Nothing is due today. Rest well; your next exercises come on another day."));
            return;
        }
        if (saved != null) {
            var now = new Button("Log session " + plan.sessionNumber() + " now", e -> {
                e.getSource().setVisible(false);
                addForm(plan);
            });
            now.addThemeVariants(ButtonVariant.LUMO_LARGE);
            now.addClassName("next-session-now");
            add(now);
            return;
        }
        if (plan.sessionNumber() > 1) {
            add(empty(done(plan.sessionNumber() - 1, plan.sessionsPerDay()) + " Next: session " + plan.sessionNumber()
                    + "."));
        }
        addForm(plan);
    }

    /** What was just saved and what comes next today, so the page after Save cannot look like a failed save. */
    private Div savedCard(SessionSummary saved, TodayPlan plan) {
        long skipped = saved.exercises().size() - saved.doneCount();
        var card = new Div(new H2(plan.sessionsPerDay() > 1 ? "Session " + (plan.sessionNumber() - 1) + " of "
                + plan.sessionsPerDay() + " is saved" : "Today's exercises are saved"));
        card.addClassName("saved-session");
        card.getElement().setAttribute("role", "status");
        card.add(new Paragraph(saved.doneCount() + (saved.doneCount() == 1 ? " exercise" : " exercises") + " done"
                + (skipped > 0 ? ", " + skipped + " skipped" : "") + ". You can change it in your history today."));
        if (!plan.allDone() && !plan.due().isEmpty()) {
            card.add(new Paragraph("Next: session " + plan.sessionNumber() + " of " + plan.sessionsPerDay()
                    + ", later today — the same exercises. Come back when it suits you."));
        }
        return card;
    }

    private static String done(int sessions, int perDay) {
        return sessions == 1 ? "Session 1 of " + perDay + " is done today." : "Sessions 1 to " + sessions + " of "
                + perDay + " are done today.";
    }

    private void addForm(TodayPlan plan) {
        String session = plan.sessionsPerDay() > 1
                ? "Session " + plan.sessionNumber() + " of " + plan.sessionsPerDay() : "Today's exercises";
        add(new H2(session), new SessionLogForm(
                "today-" + plan.program().patientId() + "-" + plan.date() + "-" + plan.sessionNumber(), plan.due(),
                List.of(), null, "Save my session", input -> {
            SessionSummary saved = sessions.save(input);
            PainScale scale = clinicPainScale.painScale();
            if (input.tooPainful(scale)) {
                Notifications.warning("Saved. Pain above " + scale.tooMuchAbove() + " is more than these "
                        + "exercises should cause: do less next time, and tell your therapist if it stays high.");
            } else {
                Notifications.success("Saved. Well done!");
            }
            render(saved);
        }));
    }

    private Div nextMorning(TodayPlan plan) {
        var card = new Div(new H2("How does it feel this morning compared with usual?"));
        card.addClassName("next-morning");
        var buttons = new Div();
        buttons.addClassName("next-morning-buttons");
        for (NextMorning answer : NextMorning.values()) {
            var button = new Button(answer.label(), e -> {
                sessions.answerNextMorning(plan.askNextMorningFor(), answer);
                Notifications.success("Thank you. Your therapist sees this.");
                render(null);
            });
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            buttons.add(button);
        }
        card.add(new Paragraph("After your exercises on " + Dates.heading(plan.askNextMorningFor()) + "."), buttons);
        return card;
    }

    private static Paragraph empty(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("empty-state");
        return paragraph;
    }
}
