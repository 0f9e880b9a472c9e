package app.plumbline.workbench.ui;

import app.plumbline.base.ui.Badge;
import app.plumbline.base.ui.Notifications;
import app.plumbline.sessionlog.PatientNotes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.IntSupplier;

/** The patient's red flags, with acknowledging them, and their latest session notes, on the patient page. */
class NotesAndFlags extends Section {

    NotesAndFlags(PatientNotes notes, IntSupplier acknowledge, Runnable afterwards) {
        add(new H2("Red flags and notes"));
        var flags = new Div(new H3("Red flags"));
        if (notes.redFlags().isEmpty()) {
            flags.add(new Paragraph("No red flags."));
        } else {
            var list = new UnorderedList();
            notes.redFlags().forEach(f -> list.add(new ListItem(new Span(f.raisedOn() + " · " + f.reason() + " "),
                    Badge.of(f.open() ? "Open" : "Acknowledged", f.open() ? "error" : "contrast"))));
            flags.add(list);
        }
        if (notes.anyOpenFlag()) {
            long open = notes.openFlags();
            String flagsInWords = open + (open == 1 ? " open red flag" : " open red flags");
            flags.add(new Button("Acknowledge red flags", e -> {
                var confirm = new ConfirmDialog("Acknowledge " + flagsInWords + "?", "You have read "
                        + (open == 1 ? "it" : "all " + open) + " and acted on "
                        + (open == 1 ? "it" : "them") + " where needed. Acknowledged flags stay in the list.",
                        "Acknowledge " + flagsInWords, confirmed -> {
                            int count = acknowledge.getAsInt();
                            Notifications.success(count + (count == 1 ? " red flag" : " red flags") + " acknowledged.");
                            afterwards.run();
                        });
                confirm.setCancelable(true);
                confirm.open();
            }));
        }
        var said = new Div(new H3("Notes from the patient's sessions"));
        if (notes.notes().isEmpty()) {
            said.add(new Paragraph("No notes yet."));
        } else {
            var list = new UnorderedList();
            notes.notes().forEach(n -> list.add(new ListItem(n.day() + " · " + n.text())));
            said.add(list);
        }
        flags.addClassName("notes-column");
        said.addClassName("notes-column");
        var columns = new Div(flags, said);
        columns.addClassName("two-columns");
        add(columns);
    }
}
