package app.plumbline.outcome.ui;

import app.plumbline.base.Dates;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.LimitedUpload;
import app.plumbline.base.ui.Notifications;
import app.plumbline.outcome.EducationOffer;
import app.plumbline.outcome.LicensedMeasure;
import app.plumbline.outcome.LicensedTextService;
import app.plumbline.outcome.OutcomeSettingsService;
import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's questionnaire settings: the texts of a licensed measure (NDI, ODI) the clinic holds a
 * licence for, imported or removed (checking the file and storing it is the service's; this screen
 * lists what it says), and the TSK-11 score from which pain education is offered.
 */
@Route("settings/questionnaire-texts")
@PageTitle("Questionnaire settings · Plumbline")
@Menu(order = 21, title = "Questionnaire settings", icon = "CLIPBOARD_TEXT")
@RolesAllowed("ADMIN")
public class LicensedTextsView extends Main {

    private final LicensedTextService service;
    private final CurrentUser currentUser;
    final IntegerField tskEducationFrom = new IntegerField("Offer pain education from a TSK-11 score of");
    private final Div measures = new Div();
    final Checkbox licenceHeld = new Checkbox("The clinic holds a licence to use these texts");
    private final Paragraph chosen = new Paragraph("No file chosen yet.");
    private final UnorderedList problems = new UnorderedList();
    private byte[] file;

    public LicensedTextsView(LicensedTextService service, OutcomeSettingsService settings, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        addClassNames("page", "narrow", "licensed-texts");
        var upload = new Upload(new LimitedUpload(LicensedTextService.MAX_FILE_BYTES, this::receive,
                () -> showProblems(java.util.List.of(new FieldProblem("file", "The file is larger than "
                        + LicensedTextService.MAX_FILE_BYTES / 1000 + " KB.")))));
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFileSize(LicensedTextService.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setAutoUpload(true);
        problems.addClassName("import-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        var importButton = new Button("Import texts", e -> importTexts());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Questionnaire settings"), new H2("Licensed texts"),
                new Paragraph("The Neck Disability Index and the Oswestry Disability Index are copyrighted. Plumbline "
                        + "ships their structure and scoring, not their texts. A clinic that holds a licence imports "
                        + "the texts here, as a text file in the format described in questionnaires/README.md. The "
                        + "texts stay in this clinic's database; until they are imported the measure cannot be "
                        + "assigned, answered in the portal or printed on a sheet."),
                measures, new H3("Import texts"), upload, chosen, licenceHeld, importButton, problems);
        add(education(settings));
        render();
    }

    private Div education(OutcomeSettingsService settings) {
        tskEducationFrom.setMin(11);
        tskEducationFrom.setMax(44);
        tskEducationFrom.setStepButtonsVisible(true);
        tskEducationFrom.setValue(settings.tskEducationFrom());
        tskEducationFrom.setHelperText("11 to 44. Default " + EducationOffer.DEFAULT_THRESHOLD + ".");
        var save = new Button("Save threshold", e -> {
            try {
                settings.setTskEducationFrom(tskEducationFrom.getValue());
                tskEducationFrom.setInvalid(false);
                Notifications.success("Pain education is offered from a TSK-11 score of " + tskEducationFrom.getValue()
                        + ".");
            } catch (InvalidInputException ex) {
                tskEducationFrom.setErrorMessage(ex.getMessage());
                tskEducationFrom.setInvalid(true);
            }
        });
        var box = new Div(new H2("Pain education after a raised TSK-11"),
                new Paragraph("When a patient's latest TSK-11 (fear of movement) reaches this score, the patient page "
                        + "offers the catalog's advice \u201cPain does not always mean harm\u201d. This is the clinic's "
                        + "choice, not a validated cut-off: no single TSK-11 cut-off is accepted. The default, "
                        + EducationOffer.DEFAULT_THRESHOLD + ", is the lower bound of \u201cmoderate\u201d fear of "
                        + "movement in one study of people with Achilles tendinopathy (Chimenti et al. 2021)."),
                tskEducationFrom, save);
        box.addClassName("education-setting");
        return box;
    }

    private void render() {
        measures.removeAll();
        for (LicensedMeasure m : service.measures()) {
            var card = new Div(new H3(m.shortName() + " · " + m.name()));
            card.addClassName("licensed-measure");
            card.add(new Paragraph(m.imported()
                    ? "Texts imported by " + (m.importedBy() == null ? "an admin" : m.importedBy()) + " on "
                            + Dates.moments(currentUser.zone()).format(m.importedAt()) + "."
                    : "Not imported: cannot be assigned or printed."));
            card.add(new Paragraph(m.licenceNote()));
            if (m.imported()) {
                var remove = new Button("Remove texts", e -> confirmRemove(m));
                remove.setAriaLabel("Remove the " + m.shortName() + " texts");
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                card.add(remove);
            }
            measures.add(card);
        }
    }

    private void confirmRemove(LicensedMeasure m) {
        var confirm = new ConfirmDialog("Remove the " + m.shortName() + " texts?", "Patients can no longer be "
                + "asked the " + m.shortName() + " and it is left off sheets. Answers already given are kept.",
                "Remove", e -> {
                    service.remove(m.slug());
                    Notifications.success("The " + m.shortName() + " texts are removed.");
                    render();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    /** A file within the size limit arrived (from the upload, in the UI's lock). */
    void receive(String fileName, byte[] bytes) {
        file = bytes;
        chosen.setText("File: " + fileName + " (" + bytes.length + " bytes). Confirm the licence and import it.");
        problems.setVisible(false);
    }

    private void importTexts() {
        try {
            LicensedMeasure m = service.importTexts(file, licenceHeld.getValue());
            problems.setVisible(false);
            licenceHeld.setValue(false);
            file = null;
            chosen.setText("No file chosen yet.");
            Notifications.success("The " + m.shortName() + " texts are imported: it can be assigned and printed now.");
            render();
        } catch (InvalidInputException e) {
            showProblems(e.problems());
        }
    }

    private void showProblems(java.util.List<FieldProblem> list) {
        problems.removeAll();
        list.forEach(p -> problems.add(new ListItem(p.field() + ": " + p.message())));
        problems.setVisible(true);
    }
}
