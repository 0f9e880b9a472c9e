package app.plumbline.workbench.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.DateField;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.patient.AssessmentInput;
import app.plumbline.patient.Finding;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;

/**
 * Records an assessment: a date, the findings and a note. A reassessment starts from the latest
 * findings, so the therapist changes what changed instead of entering everything again.
 */
class AssessmentDialog extends Dialog {

    private final DateField date;
    private final TextArea note = new TextArea("Assessment note");

    /** today: the clinic's, the default and the latest assessment date; latest: the findings to start from. */
    AssessmentDialog(PatientRef patient, PatientService patients, List<PatternDefinition> patterns, LocalDate today,
            List<Finding> latest, Runnable saved) {
        date = new DateField("Assessed on", today);
        setHeaderTitle(latest.isEmpty() ? "Record an assessment" : "Record a reassessment");
        date.setMax(today);
        note.setMaxLength(2000);
        var findings = new FindingRows(patterns);
        findings.fill(latest);
        add(date, findings, note);
        var errors = new FieldErrors().field("assessedOn", date).field("note", note).field("findings", findings.error);
        var save = new Button("Save assessment", e -> {
            try {
                patients.recordAssessment(patient, new AssessmentInput(date.getValue(), note.getValue(),
                        findings.value()));
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
}
