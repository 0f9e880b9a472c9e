package app.plumbline.program.ui;

import app.plumbline.base.ui.DateField;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.program.BuilderDraft;
import app.plumbline.program.Prescription;
import app.plumbline.program.Swap;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's lines in the builder, one editor per prescription in order: add, reorder by drag
 * or with the arrow buttons, remove, swap for the easier or harder version. Every change is passed
 * on to the builder, which marks the draft unsaved.
 */
class PrescriptionLines extends Div implements PrescriptionEditor.Actions {

    private final CatalogService catalog;
    private final Runnable onChange;
    private final List<PrescriptionEditor> editors = new ArrayList<>();

    PrescriptionLines(CatalogService catalog, Runnable onChange) {
        this.catalog = catalog;
        this.onChange = onChange;
        addClassName("rx-lines");
    }

    void show(List<BuilderDraft.Line> draft) {
        editors.clear();
        removeAll();
        draft.forEach(l -> addLine(l.prescription(), l.exercise()));
    }

    /** Adds the exercise with its catalog dosage, unless it is in the program already. */
    void add(ExerciseCard exercise) {
        if (contains(exercise.id())) {
            Notifications.error(exercise.name() + " is already in the program.");
            return;
        }
        addLine(new Prescription(exercise.id(), exercise.dosage(), null, null, null, null), exercise);
        onChange.run();
    }

    boolean contains(Long exerciseId) {
        return editors.stream().anyMatch(l -> l.value().exerciseId().equals(exerciseId));
    }

    void addLine(Prescription prescription, ExerciseCard exercise) {
        if (editors.isEmpty()) {
            removeAll();
        }
        var editor = new PrescriptionEditor(prescription, exercise, this);
        DragSource.create(editor).setDraggable(true);
        DropTarget.create(editor).addDropListener(e -> e.getDragSourceComponent().ifPresent(source -> {
            if (source instanceof PrescriptionEditor dragged && dragged != editor) {
                editors.remove(dragged);
                editors.add(editors.indexOf(editor), dragged);
                relayout();
            }
        }));
        editors.add(editor);
        add(editor);
    }

    @Override
    public void move(PrescriptionEditor line, int by) {
        int from = editors.indexOf(line);
        int to = from + by;
        if (to < 0 || to >= editors.size()) {
            return;
        }
        editors.remove(from);
        editors.add(to, line);
        relayout();
    }

    @Override
    public void remove(PrescriptionEditor line) {
        editors.remove(line);
        remove((com.vaadin.flow.component.Component) line);
        onChange.run();
    }

    @Override
    public void swap(PrescriptionEditor line, String slug) {
        catalog.prescribable().stream().filter(e -> e.slug().equals(slug)).findFirst().ifPresentOrElse(target -> {
            Prescription current = line.value();
            var swapped = current.withExercise(target.id(), Swap.dosage(current.dosage(), target.dosage()));
            editors.set(editors.indexOf(line), new PrescriptionEditor(swapped, target, this));
            relayout();
            Notifications.success(line.exercise().name() + " swapped for " + target.name() + ".");
        }, () -> Notifications.error("That exercise is no longer in the catalog."));
    }

    @Override
    public void changed() {
        onChange.run();
    }

    /** After any change: each line's summary, position and error fields, or the empty-program hint. */
    void renumber(FieldErrors errors) {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).refreshSummary();
            editors.get(i).setPosition(i + 1);
            editors.get(i).register(errors, i);
        }
        if (editors.isEmpty()) {
            removeAll();
            add(new Paragraph("No exercises yet. Add from the catalog, or ask for a starter program."));
        }
    }

    /** Every date field of the lines; a line whose date cannot be read opens its details. */
    List<DateField> dates() {
        List<DateField> dates = new ArrayList<>();
        editors.forEach(editor -> {
            if (editor.dates().stream().anyMatch(DateField::unreadable)) {
                editor.openDetails();
            }
            dates.addAll(editor.dates());
        });
        return dates;
    }

    void openDetails(int index) {
        editors.get(index).openDetails();
    }

    int size() {
        return editors.size();
    }

    List<Prescription> values() {
        return editors.stream().map(PrescriptionEditor::value).toList();
    }

    private void relayout() {
        removeAll();
        editors.forEach(this::add);
        onChange.run();
    }
}
