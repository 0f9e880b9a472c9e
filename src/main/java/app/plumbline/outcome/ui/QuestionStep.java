package app.plumbline.outcome.ui;

import app.plumbline.outcome.Answer;
import app.plumbline.outcome.Questionnaire;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;

/** One question: its text, for PSFS the activity's name, and the answers as radio buttons. */
class QuestionStep extends Div {

    private final Questionnaire questionnaire;
    private final Questionnaire.Item item;
    private final RadioButtonGroup<Integer> answers = new RadioButtonGroup<>();
    private final TextField activity = new TextField("Activity");

    QuestionStep(Questionnaire q, Questionnaire.Item item, int index, Answer saved, String previousLabel) {
        this.questionnaire = q;
        this.item = item;
        addClassName("question-step");
        var counter = new Span("Question " + (index + 1) + " of " + q.items().size());
        counter.addClassName("question-counter");
        add(counter);
        if (q.patientNamesItems()) {
            activity.setWidthFull();
            activity.setMaxLength(120);
            activity.setPlaceholder("e.g. reading on the sofa, carrying shopping");
            activity.setValue(saved != null && saved.label() != null ? saved.label()
                    : previousLabel == null ? "" : previousLabel);
            activity.setHelperText(item.optional() ? "Optional: leave empty and go on if you have no more." : null);
            add(new Paragraph(item.label()), activity);
        }
        answers.setLabel(q.patientNamesItems() ? "How well can you do it now?" : item.label());
        answers.setItems(IntStream.rangeClosed(q.scale().min(), q.scale().max()).boxed().toList());
        answers.setItemLabelGenerator(this::answerLabel);
        if (item.options().isEmpty()) {
            answers.addClassName("scale");
            answers.setHelperText(scaleHelp(q.scale()));
        } else {
            answers.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        if (saved != null) {
            answers.setValue(saved.points());
        }
        answers.setWidthFull();
        add(answers);
    }

    private String answerLabel(Integer value) {
        return item.options().isEmpty() ? String.valueOf(value) : item.options().get(value - questionnaire.scale().min());
    }

    private static String scaleHelp(Questionnaire.Scale scale) {
        if (scale.minLabel() == null || scale.maxLabel() == null) {
            return null;
        }
        return scale.min() + " = " + scale.minLabel() + ", " + scale.max() + " = " + scale.maxLabel();
    }

    Integer answer() {
        return answers.getValue();
    }

    String label() {
        return questionnaire.patientNamesItems() ? activity.getValue() : null;
    }

    /** The measure lets this item be left blank (PSFS activities 4 and 5, JFLS-8 items, NDI sections). */
    boolean mayBeBlank() {
        return item.optional() || questionnaire.scoring().maxMissing() > 0;
    }

    void showError(String message) {
        answers.setErrorMessage(message);
        answers.setInvalid(true);
    }

    void focus() {
        if (questionnaire.patientNamesItems() && activity.isEmpty()) {
            activity.focus();
        } else {
            // A radio group is not focusable itself: focus its chosen answer, or the first.
            answers.getElement().executeJs("const r = this.querySelector('vaadin-radio-button[checked]')"
                    + " || this.querySelector('vaadin-radio-button'); if (r) { r.focus(); }");
        }
    }
}
