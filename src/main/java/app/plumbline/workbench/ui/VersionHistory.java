package app.plumbline.workbench.ui;

import app.plumbline.base.Dates;
import app.plumbline.program.ProgramDiff;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ProgramService;
import app.plumbline.program.VersionSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The published versions with author, time and reason, and what changed between any two. */
class VersionHistory extends Div {

    private final DateTimeFormatter when;

    private final PatientRef patient;
    private final ProgramService programs;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final UnorderedList changes = new UnorderedList();

    /** zone: the clinic's, for the times shown. */
    VersionHistory(PatientRef patient, ProgramService programs, ZoneId zone) {
        this.when = Dates.moments(zone);
        this.patient = patient;
        this.programs = programs;
        addClassName("version-history");
        List<VersionSummary> versions = programs.versions(patient);
        if (versions.isEmpty()) {
            add(new Paragraph("No version published yet."));
            return;
        }
        var list = new UnorderedList();
        versions.forEach(v -> list.add(new ListItem("Version " + v.number() + (v.active() ? " (active)" : "")
                + " — " + when.format(v.createdAt()) + ", " + v.authorName() + ": " + v.reason()
                + " (" + v.exerciseCount() + " exercises)")));
        List<Integer> numbers = versions.stream().map(VersionSummary::number).toList();
        from.setLabel("Compare version");
        from.setItems(withEmpty(numbers));
        from.setItemLabelGenerator(n -> n == 0 ? "empty program" : "version " + n);
        to.setLabel("with version");
        to.setItems(numbers);
        to.setItemLabelGenerator(n -> "version " + n);
        int latest = numbers.getFirst();
        to.setValue(latest);
        from.setValue(latest - 1);
        from.addValueChangeListener(e -> showDiff());
        to.addValueChangeListener(e -> showDiff());
        var pickers = new Div(from, to);
        pickers.addClassName("diff-pickers");
        changes.addClassName("diff");
        add(list, new H3("What changed"), pickers, changes);
        showDiff();
    }

    private void showDiff() {
        changes.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<ProgramDiff.Change> diff = programs.diff(patient, from.getValue(), to.getValue());
        if (diff.isEmpty()) {
            changes.add(new ListItem("No differences."));
        }
        diff.forEach(c -> {
            var item = new ListItem(c.text());
            item.addClassName("diff-" + c.kind().name().toLowerCase());
            changes.add(item);
        });
    }

    private static List<Integer> withEmpty(List<Integer> numbers) {
        var all = new java.util.ArrayList<>(numbers);
        all.add(0);
        return all;
    }
}
