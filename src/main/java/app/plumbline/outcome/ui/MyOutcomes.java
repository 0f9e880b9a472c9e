package app.plumbline.outcome.ui;

import app.plumbline.outcome.MeasureResult;
import app.plumbline.outcome.QuestionnaireService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The patient's questionnaires in plain words for My progress: what is due, and for each measure
 * answered twice or more whether things changed since the first time, and whether by enough to
 * count (past the measure's MCID or MDC). No scores without their meaning.
 */
public class MyOutcomes extends Div {

    public MyOutcomes(QuestionnaireService questionnaires) {
        addClassName("my-outcomes");
        add(new H2("Your questionnaires"));
        var due = questionnaires.due();
        if (!due.isEmpty()) {
            add(new Paragraph(due.size() == 1 ? "One questionnaire is waiting for you."
                    : due.size() + " questionnaires are waiting for you."),
                    new Button("Answer now", e -> getUI().ifPresent(ui -> ui.navigate(QuestionnairesView.class))));
        }
        var results = questionnaires.myResults();
        if (results.isEmpty()) {
            add(new Paragraph("When you have answered a questionnaire twice, you will see here how things changed."));
            return;
        }
        var list = new UnorderedList();
        results.forEach(r -> list.add(new ListItem(inWords(r))));
        add(list);
    }

    /** "Your pain (NPRS): clearly better than at the start." */
    static String inWords(MeasureResult r) {
        String what = switch (r.kind()) {
            case PAIN -> "Your pain";
            case FUNCTION -> "What you can do";
            case BELIEFS -> "Your worry about moving";
            case ADHERENCE -> "How you keep up your exercises";
        } + " (" + r.shortName() + ")";
        if (r.change() == null) {
            return what + ": answered once so far; next time you will see the change.";
        }
        if (r.change().improvement() == 0) {
            return what + ": about the same as at the start.";
        }
        if (!r.change().meaningful()) {
            return what + ": " + (r.change().improved() ? "a little better" : "a little worse")
                    + " than at the start, a change too small to be sure of yet.";
        }
        return what + ": " + (r.change().improved() ? "clearly better than at the start. Well done!"
                : "worse than at the start. Your therapist will look at it with you.");
    }
}
