package app.plumbline.workbench.ui;

import app.plumbline.base.ui.ErrorText;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.patient.Finding;
import app.plumbline.patient.FindingSide;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The findings of an assessment, one row each: the pattern with its side (a sided pattern is
 * offered as left, right and both sides, so one pick sets both), how marked it is, and a note.
 * There is always one empty row at the end: choosing a pattern in it adds the next, so recording
 * two findings takes two picks and no "add" click. Rows without a pattern are not findings.
 */
class FindingRows extends Div {

    /** One entry of the pattern list: a pattern, and for a sided one, the side. */
    record Choice(PatternDefinition pattern, FindingSide side) {

        String label() {
            if (!pattern.sided()) {
                return pattern.name();
            }
            return pattern.name() + " — " + (side == FindingSide.BOTH ? "both sides" : side.label().toLowerCase());
        }
    }

    private record Row(ComboBox<Choice> pattern, RadioButtonGroup<Integer> severity, TextField note, Div line) {
    }

    private final List<Choice> choices;
    private final Map<String, PatternDefinition> bySlug;
    private final List<Row> rows = new ArrayList<>();
    private final Div lines = new Div();
    final ErrorText error = new ErrorText();

    FindingRows(List<PatternDefinition> patterns) {
        bySlug = patterns.stream().collect(Collectors.toMap(PatternDefinition::slug, Function.identity()));
        choices = patterns.stream().flatMap(p -> p.sided()
                ? List.of(FindingSide.LEFT, FindingSide.RIGHT, FindingSide.BOTH).stream().map(s -> new Choice(p, s))
                : java.util.stream.Stream.of(new Choice(p, FindingSide.BOTH))).toList();
        lines.addClassName("finding-rows");
        add(lines, error);
        addEmptyRow();
    }

    /** Starts from earlier findings (a reassessment changes what changed), with an empty row after them. */
    void fill(List<Finding> findings) {
        rows.clear();
        lines.removeAll();
        for (Finding finding : findings) {
            PatternDefinition pattern = bySlug.get(finding.patternSlug());
            if (pattern == null) {
                continue;
            }
            Row row = addRow();
            FindingSide side = pattern.sided() ? finding.side() : FindingSide.BOTH;
            row.pattern().setValue(new Choice(pattern, side));
            row.severity().setValue(finding.severity());
            row.note().setValue(finding.note() == null ? "" : finding.note());
        }
        addEmptyRow();
    }

    List<Finding> value() {
        return rows.stream().filter(r -> r.pattern().getValue() != null)
                .map(r -> new Finding(r.pattern().getValue().pattern().slug(), r.pattern().getValue().side(),
                        r.severity().getValue() == null ? 0 : r.severity().getValue(),
                        r.note().getValue().isBlank() ? null : r.note().getValue().strip()))
                .toList();
    }

    private void addEmptyRow() {
        if (rows.isEmpty() || rows.getLast().pattern().getValue() != null) {
            addRow();
        }
    }

    private Row addRow() {
        int n = rows.size() + 1;
        var pattern = new ComboBox<Choice>("Finding " + n);
        pattern.setItems(choices);
        pattern.setItemLabelGenerator(Choice::label);
        pattern.setPlaceholder("Type a pattern, e.g. forward head");
        pattern.setClearButtonVisible(true);
        var severity = new RadioButtonGroup<Integer>("How marked");
        severity.setItems(1, 2, 3);
        severity.setItemLabelGenerator(s -> s == 1 ? "Mild" : s == 2 ? "Moderate" : "Marked");
        severity.setValue(2);
        var note = new TextField("Note");
        note.setMaxLength(1000);
        var line = new Div();
        var row = new Row(pattern, severity, note, line);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            lines.remove(line);
            addEmptyRow();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove finding " + n);
        pattern.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addEmptyRow();
            }
        });
        line.add(pattern, severity, note, remove);
        line.addClassName("finding-row");
        rows.add(row);
        lines.add(line);
        return row;
    }
}
