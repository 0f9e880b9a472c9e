package app.plumbline.sessionlog.ui;

import app.plumbline.base.ui.AppUrls;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;
import app.plumbline.program.ActiveProgram;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SkipReason;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * One exercise of today's session for the patient: picture, dose in plain words, steps, cautions,
 * the therapist's note, a hold timer where there are holds, and what they did.
 */
class ExerciseLogCard extends Div {

    private final Long exerciseId;
    private final Dosage target;
    private final IntegerField sets = number("Sets done", 0, 20);
    private final IntegerField reps = number("Repetitions per set", 0, 200);
    private final IntegerField hold = number("Hold reached (seconds)", 0, 1200);
    private final PainSelect pain = new PainSelect("Pain during (0 to 10)");
    private final RadioButtonGroup<Difficulty> difficulty = new RadioButtonGroup<>("How did it feel?");
    private final Checkbox skipped = new Checkbox("I skipped this exercise today");
    /** Made only when the patient ticks "skipped": most never do, and it saves memory per session. */
    private Select<SkipReason> skipReason;
    private final Div doneFields = new Div();

    ExerciseLogCard(ActiveProgram.Item item, int index, FieldErrors errors) {
        this.exerciseId = item.prescription().exerciseId();
        this.target = item.prescription().dosage();
        addClassName("log-card");
        String name = item.exercise() == null ? "Exercise" : item.exercise().name();
        var image = new Image(item.exercise() == null ? "" : AppUrls.of(item.exercise().imageUrl()), "Picture: " + name);
        image.addClassName("log-card-image");
        var dose = new Paragraph(target.inPlainWords());
        dose.addClassName("log-card-dose");
        add(image, new H2(name), dose);
        if (item.prescription().therapistNote() != null) {
            var note = new Paragraph("From your therapist: " + item.prescription().therapistNote());
            note.addClassName("therapist-note");
            add(note);
        }
        if (item.instructions() != null) {
            // The steps are sent when first opened: most days the patient knows them, and a
            // closed list would otherwise sit in the session's memory all day.
            var how = new Details("How to do it");
            how.addOpenedChangeListener(e -> {
                if (e.isOpened() && how.getContent().findAny().isEmpty()) {
                    var steps = new OrderedList();
                    item.instructions().steps().forEach(s -> steps.add(new ListItem(s)));
                    how.add(steps);
                }
            });
            how.addClassName("log-card-steps");
            add(how);
            if (!item.instructions().cautions().isEmpty()) {
                var cautions = new UnorderedList();
                item.instructions().cautions().forEach(c -> cautions.add(new ListItem(c)));
                var box = new Div(new Paragraph("Take care"), cautions);
                box.addClassName("log-card-cautions");
                add(box);
            }
        }
        if (target.holdSeconds() != null) {
            add(new HoldTimer(target.holdSeconds(), target.sets(), target.reps() == null ? 1 : target.reps(),
                    target.side() == Side.BOTH, target.restSeconds() == null ? 0 : target.restSeconds()));
        }
        sets.setValue(target.sets());
        reps.setValue(target.reps());
        reps.setVisible(target.reps() != null);
        hold.setValue(target.holdSeconds());
        hold.setVisible(target.holdSeconds() != null);
        // Plain ASCII on purpose: one character outside Latin-1 makes Vaadin keep the whole first
        // response of the screen as a UTF-16 string, twice the memory (docs/PERFORMANCE.md).
        pain.setHelperText("0 = no pain, 10 = worst pain you can imagine");
        pain.setPlaceholder("Choose");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(Difficulty::label);
        skipped.addValueChangeListener(e -> {
            doneFields.setVisible(!e.getValue());
            if (e.getValue()) {
                skipReason().setVisible(true);
            } else if (skipReason != null) {
                skipReason.setVisible(false);
            }
        });
        doneFields.add(sets, reps, hold, pain, difficulty);
        doneFields.addClassName("log-card-fields");
        add(doneFields, skipped);
        // Stable ids, so the protocol-level load driver (src/test/.../load) finds the fields.
        pain.setId("pain-" + index);
        difficulty.setId("difficulty-" + index);
        String at = "ex[" + index + "].";
        errors.field(at + "setsDone", sets).field(at + "repsDone", reps).field(at + "holdSecondsDone", hold)
                .field(at + "pain", pain).field(at + "difficulty", difficulty);
    }

    ExerciseLog value() {
        if (skipped.getValue()) {
            SkipReason why = skipReason == null ? null : skipReason.getValue();
            return new ExerciseLog(exerciseId, target.sets(), target.reps(), target.holdSeconds(), null, null, null,
                    why == null ? SkipReason.OTHER : why, null, null);
        }
        return new ExerciseLog(exerciseId, target.sets(), target.reps(), target.holdSeconds(), sets.getValue(),
                reps.isVisible() ? reps.getValue() : null, hold.isVisible() ? hold.getValue() : null, null,
                pain.getValue(), difficulty.getValue());
    }

    void setValue(ExerciseLog log) {
        skipped.setValue(log.skipped());
        if (log.skipReason() != null) {
            skipReason().setValue(log.skipReason());
        }
        sets.setValue(log.setsDone());
        reps.setValue(log.repsDone());
        hold.setValue(log.holdSecondsDone());
        pain.setValue(log.pain());
        difficulty.setValue(log.difficulty());
    }

    private Select<SkipReason> skipReason() {
        if (skipReason == null) {
            skipReason = new Select<>();
            skipReason.setLabel("Why?");
            skipReason.setItems(SkipReason.values());
            skipReason.setItemLabelGenerator(SkipReason::label);
            addComponentAtIndex(indexOf(skipped) + 1, skipReason);
        }
        return skipReason;
    }

    Long exerciseId() {
        return exerciseId;
    }

    private static IntegerField number(String label, int min, int max) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }
}
