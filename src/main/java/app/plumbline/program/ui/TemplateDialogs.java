package app.plumbline.program.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.TemplateService;
import app.plumbline.program.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Save the program as a clinic template, or apply one of the clinic's templates. */
final class TemplateDialogs {

    private TemplateDialogs() {
    }

    /** programProblems: shows problems of the program itself (a dose, a note) in the builder. */
    static Dialog save(TemplateService templates, ProgramContent content,
            Consumer<InvalidInputException> programProblems) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Save as clinic template");
        var name = new TextField("Template name");
        name.setPlaceholder("Desk worker neck routine");
        name.setRequired(true);
        name.setMaxLength(120);
        name.setWidthFull();
        var errors = new FieldErrors().field("templateName", name);
        dialog.add(new Paragraph("Colleagues can apply it to other patients, then adjust. Dates are not saved."), name);
        var save = new Button("Save template", e -> {
            try {
                var saved = templates.save(name.getValue(), content);
                Notifications.success("Template “" + saved.name() + "” saved with " + saved.exerciseCount()
                        + " exercises.");
                dialog.close();
            } catch (InvalidInputException ex) {
                var ofName = ex.problems().stream().filter(p -> p.field().equals("templateName")).toList();
                var ofProgram = ex.problems().stream().filter(p -> !p.field().equals("templateName")).toList();
                if (!ofProgram.isEmpty()) {
                    programProblems.accept(new InvalidInputException(ofProgram));
                    Notifications.error("The template is not saved: first fix what is marked in the program.");
                }
                if (ofName.isEmpty()) {
                    dialog.close();
                } else {
                    errors.show(new InvalidInputException(ofName));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    static Dialog apply(TemplateService templates, Consumer<ProgramContent> apply) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Apply a clinic template");
        var choice = new ComboBox<TemplateSummary>("Template");
        choice.setItems(templates.templates());
        choice.setItemLabelGenerator(t -> t.name() + " (" + t.exerciseCount() + " exercises)");
        choice.setWidthFull();
        dialog.add(new Paragraph("Its exercises are added to the draft; ones already in the program are skipped."),
                choice);
        var ok = new Button("Add to the program", e -> {
            if (choice.getValue() != null) {
                apply.accept(templates.content(choice.getValue().id()));
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        return dialog;
    }
}
