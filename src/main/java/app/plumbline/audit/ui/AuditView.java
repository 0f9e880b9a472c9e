package app.plumbline.audit.ui;

import app.plumbline.security.CurrentUser;
import app.plumbline.base.ui.DateField;
import app.plumbline.audit.AuditEntry;
import app.plumbline.audit.AuditFilter;
import app.plumbline.audit.AuditTrail;
import app.plumbline.audit.ChainVerification;
import app.plumbline.base.Dates;
import app.plumbline.base.Outcome;
import app.plumbline.base.ui.NarrowScreen;
import app.plumbline.base.ui.Badge;
import app.plumbline.base.ui.TextDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/** The admin's audit trail: who did what to which patient's data, and every security event. */
@Route("admin/audit")
@PageTitle("Audit trail · Plumbline")
@Menu(order = 12, title = "Audit trail", icon = "RECORDS")
@RolesAllowed("ADMIN")
public class AuditView extends Main {

    private final ZoneId zone;

    private final AuditTrail trail;
    private final DateField from = new DateField("From");
    private final DateField to = new DateField("To");
    private final TextField actor = new TextField("Who");
    private final TextField action = new TextField("Action");
    private final IntegerField patient = new IntegerField("Patient id");
    private final Select<Outcome> outcome = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph chainStatus = new Paragraph();

    public AuditView(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.zone = currentUser.zone();
        addClassName("page");
        var export = new Anchor(TextDownload.of("plumbline-audit.csv", TextDownload.CSV,
                out -> trail.exportCsv(filter(), out)), "Export CSV");
        export.getElement().setAttribute("download", true);
        var verify = new Button("Verify the chain", VaadinIcon.CHECK_CIRCLE_O.create(), e -> verify());
        var header = new HorizontalLayout(new H1("Audit trail"), verify, export);
        header.addClassName("page-header");

        var intro = new Paragraph("Every read and change of patient data and every sign-in, refusal and login "
                + "change, newest first. Each entry carries a hash of the one before, so a changed or removed "
                + "entry is found when the chain is verified.");
        intro.addClassName("lead");

        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Any");
        outcome.setItemLabelGenerator(o -> o == null ? "Any" : label(o));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setMaxLength(100);
        action.setMaxLength(60);
        action.setPlaceholder("Code, e.g. patient.access");
        actor.setClearButtonVisible(true);
        action.setClearButtonVisible(true);
        patient.setMin(1);
        patient.setClearButtonVisible(true);
        var filters = new Div(from, to, actor, action, patient, outcome);
        filters.addClassName("audit-filters");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        patient.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());

        var when = grid.addColumn(e -> Dates.momentToSecond(e.at(), zone)).setHeader("Time").setAutoWidth(true);
        var who = grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        var role = grid.addColumn(e -> e.role() == null ? "" : e.role().toLowerCase()).setHeader("Role")
                .setAutoWidth(true);
        var patientColumn = grid.addColumn(AuditEntry::patientLabel).setHeader("Patient").setAutoWidth(true);
        var actionColumn = grid.addColumn(AuditEntry::actionInWords).setHeader("Action").setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::action);
        var result = grid.addComponentColumn(this::outcomeBadge).setHeader("Outcome").setAutoWidth(true);
        var detail = grid.addColumn(AuditEntry::detail).setHeader("Detail").setAutoWidth(true).setFlexGrow(1);
        var address = grid.addColumn(AuditEntry::clientAddress).setHeader("Address").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("audit-grid");
        var card = grid.addColumn(LitRenderer.<AuditEntry>of("<div class=\"grid-card\"><span class=\"grid-card-facts\">"
                        + "${item.time} · ${item.who}</span><strong>${item.action}</strong>"
                        + "<span>${item.patient}</span></div>")
                .withProperty("time", e -> Dates.momentToSecond(e.at(), zone))
                .withProperty("who", e -> e.actor() == null ? "nobody signed in" : e.actor())
                .withProperty("action", e -> e.actionInWords()
                        + (e.outcome() == Outcome.SUCCESS ? "" : " · " + label(e.outcome())))
                .withProperty("patient", AuditEntry::patientLabel))
                .setHeader("Entry").setFlexGrow(1);
        NarrowScreen.adapt(grid, List.of(card),
                List.of(when, who, role, patientColumn, actionColumn, result, detail, address));
        grid.setAriaLabel("Audit trail entries");
        grid.setPageSize(50);

        chainStatus.addClassName("chain-status");
        add(header, intro, chainStatus, filters, grid);
        refresh();
    }

    private AuditFilter filter() {
        return new AuditFilter(from.getValue(), to.getValue(), actor.getValue(), action.getValue(),
                patient.getValue() == null ? null : patient.getValue().longValue(), outcome.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> trail.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter)));
    }

    private void verify() {
        ChainVerification result = trail.verify();
        chainStatus.setText(result.intact()
                ? result.message() + " Head hash: " + result.headHash()
                : result.message());
        chainStatus.getElement().setAttribute("data-intact", String.valueOf(result.intact()));
    }

    private Span outcomeBadge(AuditEntry entry) {
        return Badge.of(label(entry.outcome()), switch (entry.outcome()) {
            case SUCCESS -> "success";
            case FAILURE -> "error";
            case DENIED -> "contrast";
        });
    }

    private static String label(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "Done";
            case FAILURE -> "Failed";
            case DENIED -> "Refused";
        };
    }
}
