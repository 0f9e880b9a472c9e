package app.plumbline.workbench.ui;

import app.plumbline.base.ui.DateField;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.ErrorText;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.patient.AssessmentInput;
import app.plumbline.patient.Finding;
import app.plumbline.patient.FindingSide;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records an assessment: a date, a note and one row per finding (pattern, side, severity, note). */
class AssessmentDialog extends Dialog {

    private final List<PatternDefinition> patterns;
    private final DateField date;
    private final TextArea note = new TextArea("Assessment note");
    private final Div rows = new Div();
    private final ErrorText findingsError = new ErrorText();
    private final List<Row> entries = new ArrayList<>();

    private record Row(ComboBox<PatternDefinition> pattern, Select<FindingSide> side, Select<Integer> severity,
            TextField note, Div line) {
    }

    /** today: the clinic's, the default and the latest assessment date. */
    AssessmentDialog(PatientRef patient, PatientService patients, List<PatternDefinition> patterns, LocalDate today,
            Runnable saved) {
        date = new DateField("Assessed on", today);
        this.patterns = patterns;
        setHeaderTitle("Record an assessment");
        date.setMax(today);
        note.setMaxLength(2000);
        rows.addClassName("finding-rows");
        var add = new Button("Add finding", VaadinIcon.PLUS.create(), e -> addRow());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(date, rows, add, findingsError, note);
        addRow();
        var errors = new FieldErrors().field("assessedOn", date).field("note", note).field("findings", findingsError);
        var save = new Button("Save assessment", e -> {
            try {
                patients.recordAssessment(patient, new AssessmentInput(date.getValue(), note.getValue(), findings()));
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(52rem, 100vw)");
    }

    private List<Finding> findings() {
        return entries.stream().filter(r -> r.pattern().getValue() != null)
                .map(r -> new Finding(r.pattern().getValue().slug(), r.side().getValue(),
                        r.severity().getValue() == null ? 0 : r.severity().getValue(),
                        r.note().getValue().isBlank() ? null : r.note().getValue().strip()))
                .toList();
    }

    private void addRow() {
        int n = entries.size() + 1;
        var pattern = new ComboBox<PatternDefinition>("Pattern " + n);
        pattern.setItems(patterns);
        pattern.setItemLabelGenerator(PatternDefinition::name);
        var side = new Select<FindingSide>();
        side.setLabel("Side");
        side.setItems(FindingSide.values());
        side.setItemLabelGenerator(FindingSide::label);
        side.setValue(FindingSide.BOTH);
        var severity = new Select<Integer>();
        severity.setLabel("Severity");
        severity.setItems(1, 2, 3);
        severity.setItemLabelGenerator(s -> s + " – " + (s == 1 ? "mild" : s == 2 ? "moderate" : "marked"));
        severity.setValue(2);
        var rowNote = new TextField("Note");
        rowNote.setMaxLength(1000);
        var line = new Div();
        var row = new Row(pattern, side, severity, rowNote, line);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            entries.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove finding " + n);
        line.add(pattern, side, severity, rowNote, remove);
        line.addClassName("finding-row");
        entries.add(row);
        rows.add(line);
    }
}
