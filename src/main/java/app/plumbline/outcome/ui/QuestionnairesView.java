package app.plumbline.outcome.ui;

import app.plumbline.outcome.DueQuestionnaire;
import app.plumbline.outcome.QuestionnaireService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The patient's questionnaires due now, each a button to answer (or carry on answering) it. */
@Route("questionnaires")
@PageTitle("Questionnaires · Plumbline")
@Menu(order = 16, title = "Questionnaires", icon = "CLIPBOARD_CHECK")
@RolesAllowed("PATIENT")
public class QuestionnairesView extends Main {

    public QuestionnairesView(QuestionnaireService questionnaires) {
        addClassNames("page", "narrow", "portal");
        add(new H1("Questionnaires"));
        var due = questionnaires.due();
        if (due.isEmpty()) {
            add(new Paragraph("Nothing to answer right now. Your therapist will ask again in a few weeks."));
            return;
        }
        add(new Paragraph("Your therapist asks a few questions now and then to see how you are getting on. "
                + "Your answers are saved as you go: you can stop and come back."));
        for (DueQuestionnaire q : due) {
            var open = new Button(q.started() ? "Carry on" : "Start",
                    e -> getUI().ifPresent(ui -> ui.navigate(AnswerView.route(q.slug()))));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setAriaLabel((q.started() ? "Carry on with " : "Start ") + q.name());
            var card = new Div(new H2(q.name()), new Paragraph(q.items() == 1 ? "1 question"
                    : q.items() + " questions"), open);
            card.addClassName("questionnaire-card");
            add(card);
        }
    }
}
