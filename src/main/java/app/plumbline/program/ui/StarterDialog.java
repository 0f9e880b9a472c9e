package app.plumbline.program.ui;

import app.plumbline.program.StarterProgram;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/** Shows the starter-program rule and what it proposes; the therapist adds the picks, then edits. */
class StarterDialog extends Dialog {

    StarterDialog(List<StarterProgram.Pick> picks, Consumer<List<StarterProgram.Pick>> add) {
        setHeaderTitle("Suggested starter program");
        var rule = new Paragraph(StarterProgram.RULE);
        rule.addClassName("rule");
        add(rule);
        if (picks.isEmpty()) {
            add(new Paragraph("Nothing to suggest: record the patient's findings first."));
        } else {
            var list = new OrderedList();
            picks.forEach(p -> list.add(new ListItem(p.exercise().name() + " — for " + p.patternName().toLowerCase()
                    + ": " + p.reason() + " (level " + p.exercise().level() + ")")));
            add(list);
        }
        var accept = new Button("Add to the program", e -> {
            add.accept(picks);
            close();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(!picks.isEmpty());
        getFooter().add(new Button("Cancel", e -> close()), accept);
        setWidth("min(46rem, 100vw)");
    }
}
