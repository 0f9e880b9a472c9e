package app.plumbline.adherence.ui;

import app.plumbline.adherence.SuggestionService;
import app.plumbline.adherence.SuggestionView;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Badge;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import app.plumbline.patient.PatientRef;
import java.util.List;

/** Open suggestions for a patient: the rule, its numbers and basis, the change; apply or dismiss. */
public class SuggestionsPanel extends Div {

    public SuggestionsPanel(PatientRef patient, SuggestionService suggestions, Runnable changed) {
        addClassName("suggestions");
        List<SuggestionView> open = suggestions.suggestions(patient);
        if (open.isEmpty()) {
            add(new Paragraph("No suggestion: the logs give no reason to change the program now."));
        }
        for (SuggestionView s : open) {
            var card = new Div(Badge.of(s.rule().label(), s.rule().name().equals("REGRESS") ? "error" : "contrast"),
                    new H3(s.title()), new Paragraph(s.evidence()));
            var basis = new Paragraph("Basis: " + s.basis());
            basis.addClassName("basis");
            card.add(basis);
            if (!s.diff().isEmpty()) {
                var diff = new UnorderedList();
                diff.addClassName("diff");
                s.diff().forEach(c -> {
                    var item = new ListItem(c.text());
                    item.addClassName("diff-" + c.kind().name().toLowerCase());
                    diff.add(item);
                });
                card.add(new Paragraph("The next version would change:"), diff);
            }
            var buttons = new Div();
            buttons.addClassName("page-actions");
            if (s.applicable()) {
                var apply = new Button("Apply as a new version", e -> {
                    try {
                        var version = suggestions.apply(patient, s.key());
                        Notifications.success("Version " + version.number() + " published: " + s.title() + ".");
                        changed.run();
                    } catch (InvalidInputException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(apply);
            }
            buttons.add(new Button(s.applicable() ? "Dismiss" : "Done, dismiss",
                    e -> dismissDialog(patient, s, suggestions, changed).open()));
            card.add(buttons);
            card.addClassName("suggestion-card");
            add(card);
        }
    }

    private static Dialog dismissDialog(PatientRef patient, SuggestionView s, SuggestionService suggestions,
            Runnable changed) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Dismiss: " + s.title());
        var reason = new TextArea("Why?");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder(s.applicable() ? "e.g. discussed at the last visit" : "e.g. phoned, restarting Monday");
        var errors = new FieldErrors().field("dismissReason", reason);
        dialog.add(new Paragraph("It comes back only when new logs give new evidence."), reason);
        var ok = new Button("Dismiss", e -> {
            try {
                suggestions.dismiss(patient, s.key(), reason.getValue());
                dialog.close();
                changed.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        return dialog;
    }
}
