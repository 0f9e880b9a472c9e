package app.plumbline.program.ui;

import app.plumbline.catalog.AdviceDefinition;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The builder's "Everyday advice": the advice keyed to the patient's findings listed with a
 * checkbox each, what the patient will read under it; other advice is found by searching. Chosen
 * advice stays listed (to untick it) and keeps the order it was chosen in.
 */
class AdviceChooser extends Div {

    private final List<AdviceDefinition> all;
    private final List<String> findingPatterns;
    private final Runnable onChange;
    private final TextField search = new TextField("Search other advice");
    private final Div list = new Div();
    private final List<String> chosen = new ArrayList<>();

    /** all: the prescribable advice, those for the findings first (as the catalog orders them). */
    AdviceChooser(List<AdviceDefinition> all, List<String> findingPatterns, Runnable onChange) {
        this.all = all;
        this.findingPatterns = findingPatterns;
        this.onChange = onChange;
        addClassName("advice-chooser");
        search.setPlaceholder("e.g. sleep, phone, shoes");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> render());
        var note = new Paragraph("Printed on the sheet and shown on My program, with no dose. Advice for this "
                + "patient's findings comes first.");
        note.addClassName("advice-note");
        list.addClassName("advice-list");
        add(new H3("Everyday advice"), note, search, list);
    }

    /** Shows the draft's chosen advice (slugs, in order); nothing counts as a change. */
    void show(List<String> slugs) {
        chosen.clear();
        chosen.addAll(slugs);
        render();
    }

    /** The chosen advice slugs, in the order they were chosen. */
    List<String> values() {
        return List.copyOf(chosen);
    }

    private void render() {
        list.removeAll();
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        int hidden = 0;
        for (AdviceDefinition advice : all) {
            boolean forFindings = findingPatterns.stream().anyMatch(advice::concerns);
            if (forFindings || chosen.contains(advice.slug()) || (!words.isEmpty() && matches(advice, words))) {
                list.add(row(advice, forFindings));
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            var more = new Paragraph(hidden + (hidden == 1 ? " more piece" : " more pieces")
                    + " of advice: search to find them.");
            more.addClassName("advice-note");
            list.add(more);
        }
    }

    private Div row(AdviceDefinition advice, boolean forFindings) {
        var box = new Checkbox(advice.title(), chosen.contains(advice.slug()));
        box.addValueChangeListener(e -> {
            chosen.remove(advice.slug());
            if (e.getValue()) {
                chosen.add(advice.slug());
            }
            onChange.run();
        });
        var text = new Details("What the patient reads", new Paragraph(advice.text()));
        text.addClassName("advice-text");
        var row = new Div(box, text);
        row.addClassName("advice-row");
        if (!forFindings) {
            row.addClassName("advice-other");
        }
        return row;
    }

    private static boolean matches(AdviceDefinition advice, String words) {
        return (advice.title() + " " + advice.text()).toLowerCase(Locale.ROOT).contains(words);
    }
}
