package app.plumbline.sheet.ui;

import app.plumbline.base.ui.AppUrls;
import app.plumbline.base.ui.FileLink;
import app.plumbline.clinic.PaperSize;
import app.plumbline.sheet.SheetOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The links that download a patient's printable sheet (a PDF served under /files/sheets/, which
 * checks who may have it): normal and large print, on the clinic's paper size or the other one.
 * Plain links and a button only, so it works on any screen without new browser components.
 */
public class SheetDownload extends Div {

    private final Long patientId;
    private final Anchor normal;
    private final Anchor large;
    private final Span paperText = new Span();
    private final Button switchPaper = new Button();
    private PaperSize paper;
    private boolean questionnaires;

    public SheetDownload(Long patientId, PaperSize clinicPaper, String linkText) {
        this.patientId = patientId;
        this.paper = clinicPaper == null ? PaperSize.A4 : clinicPaper;
        addClassName("sheet-download");
        normal = FileLink.button(linkText);
        large = FileLink.button("Large print PDF");
        switchPaper.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        switchPaper.addClickListener(e -> {
            paper = paper == PaperSize.A4 ? PaperSize.LETTER : PaperSize.A4;
            update();
        });
        var links = new Div(normal, large);
        links.addClassName("sheet-links");
        var paperLine = new Div(paperText, switchPaper);
        paperLine.addClassName("sheet-paper");
        add(links, paperLine);
        update();
    }

    /**
     * Offers "Include questionnaires" for the patient's due questionnaires (names), and says which
     * are left out and why; nothing is offered when none is due.
     */
    public SheetDownload withQuestionnaires(List<String> due, List<String> leftOut) {
        if (due.isEmpty() && leftOut.isEmpty()) {
            return this;
        }
        var include = new Checkbox("Include questionnaires");
        include.setHelperText(due.isEmpty() ? "No questionnaire can be printed."
                : "Prints " + String.join(", ", due) + " on pages of their own, to fill in and type in afterwards "
                        + "(Enter answers from paper).");
        include.setEnabled(!due.isEmpty());
        include.addValueChangeListener(e -> {
            questionnaires = e.getValue();
            update();
        });
        var box = new Div(include);
        box.addClassName("sheet-questionnaires");
        leftOut.forEach(line -> box.add(new Paragraph(line)));
        add(box);
        return this;
    }

    private void update() {
        normal.setHref(AppUrls.of(new SheetOptions(paper, false, questionnaires).downloadPath(patientId)));
        large.setHref(AppUrls.of(new SheetOptions(paper, true, questionnaires).downloadPath(patientId)));
        paperText.setText("Paper: " + paper.label());
        switchPaper.setText("Use " + (paper == PaperSize.A4 ? PaperSize.LETTER : PaperSize.A4).label());
    }
}
