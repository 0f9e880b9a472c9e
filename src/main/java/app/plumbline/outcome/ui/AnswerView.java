package app.plumbline.outcome.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Notifications;
import app.plumbline.outcome.QuestionnaireForm;
import app.plumbline.outcome.QuestionnaireService;
import app.plumbline.outcome.Score;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One questionnaire, one question at a time: each answer is saved when the patient moves on, so
 * they can stop and come back; the last step sends the answers. A refused answer is shown at its
 * question.
 */
@Route("questionnaires/:slug([a-z0-9-]{1,40})")
@PageTitle("Questionnaire · Plumbline")
@RolesAllowed("PATIENT")
public class AnswerView extends Main implements BeforeEnterObserver {

    private final QuestionnaireService questionnaires;
    private QuestionnaireForm form;
    /** The answers saved so far, kept here as the patient moves on (not read back per answer). */
    private final java.util.Map<String, app.plumbline.outcome.Answer> saved = new java.util.HashMap<>();
    private int index;

    public AnswerView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassNames("page", "narrow", "portal");
    }

    public static String route(String slug) {
        return "questionnaires/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        try {
            form = questionnaires.open(slug);
        } catch (InvalidInputException e) {
            removeAll();
            add(new H1("Questionnaire"), new Paragraph(e.getMessage()), back());
            return;
        }
        saved.clear();
        saved.putAll(form.saved());
        // Resume at the first question without an answer.
        index = (int) form.items().stream().takeWhile(i -> saved.containsKey(i.key())).count();
        index = Math.min(index, form.items().size() - 1);
        show();
    }

    private void show() {
        removeAll();
        var q = form.questionnaire();
        add(new H1(q.shortName()));
        if (index == 0) {
            add(new Paragraph(q.instructions()));
        }
        var step = new QuestionStep(q, q.items().get(index), index, saved.get(q.items().get(index).key()),
                form.previousLabels().get(q.items().get(index).key()));
        boolean last = index == q.items().size() - 1;
        var next = new Button(last ? "Save and send" : "Next", e -> next(step, last));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        var previous = new Button("Back", e -> {
            index--;
            show();
        });
        previous.setEnabled(index > 0);
        var later = new Button("Finish later", e -> getUI().ifPresent(ui -> ui.navigate(QuestionnairesView.class)));
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(previous, next, later);
        actions.addClassName("page-actions");
        add(step, actions);
        step.focus();
    }

    private void next(QuestionStep step, boolean last) {
        var item = form.questionnaire().items().get(index);
        if (step.answer() == null && !step.mayBeBlank()) {
            step.showError("Please answer this question.");
            return;
        }
        try {
            questionnaires.answer(form.responseId(), item.key(), step.answer(), step.label());
            if (step.answer() == null) {
                saved.remove(item.key());
            } else {
                saved.put(item.key(), new app.plumbline.outcome.Answer(step.answer(), step.label()));
            }
        } catch (InvalidInputException e) {
            step.showError(e.getMessage());
            return;
        }
        if (!last) {
            index++;
            show();
            return;
        }
        try {
            Score score = questionnaires.submit(form.responseId());
            removeAll();
            add(new H1("Thank you"), new Paragraph("Your " + form.questionnaire().shortName()
                    + " answers are with your therapist (" + score.answered() + " of " + score.items()
                    + " questions answered)."), back());
        } catch (InvalidInputException e) {
            // Go to the question the refusal names, with its message there.
            int at = form.items().stream().map(i -> i.key()).toList().indexOf(e.field());
            index = at < 0 ? index : at;
            show();
            Notifications.error(e.getMessage());
        }
    }

    private Button back() {
        return new Button("Back to questionnaires", e -> getUI().ifPresent(ui -> ui.navigate(QuestionnairesView.class)));
    }
}
