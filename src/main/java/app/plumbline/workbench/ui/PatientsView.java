package app.plumbline.workbench.ui;

import app.plumbline.adherence.AlertService;
import app.plumbline.adherence.Standing;
import app.plumbline.adherence.StandingService;
import app.plumbline.adherence.ui.NeedsAttentionPanel;
import app.plumbline.base.Dates;
import app.plumbline.base.ui.NarrowScreen;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.message.MessageService;
import app.plumbline.patient.PatientService;
import app.plumbline.security.CurrentUser;
import app.plumbline.sheet.SheetBatch;
import app.plumbline.sheet.SheetService;
import app.plumbline.sheet.ui.ReviewSheetsDialog;
import app.plumbline.patient.PatientSummary;
import app.plumbline.program.ProgramOverview;
import app.plumbline.program.ProgramService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The therapist's home: the clinic's patients with their patterns and active program. */
@Route("patients")
@PageTitle("Patients · Plumbline")
@Menu(order = 10, title = "Patients", icon = "USERS")
@RolesAllowed("THERAPIST")
public class PatientsView extends Main {

    private final Grid<Row> grid = new Grid<>();
    private final List<Row> all;

    /** A patient with what the list shows about their patterns, program and adherence. */
    record Row(PatientSummary patient, String patterns, ProgramOverview program, LocalDate lastSession,
            Integer adherence) {

        String searchText() {
            return (patient.fullName() + " " + patterns).toLowerCase(Locale.ROOT);
        }
    }

    public PatientsView(PatientService patients, ProgramService programs, StandingService standings,
            CatalogService catalog, AlertService alerts, SheetService sheets, SheetBatch batch,
            ClinicSettingsService clinic, CurrentUser currentUser, MessageService messages) {
        setId("page-patients");
        addClassName("page");
        List<PatientSummary> list = patients.clinicPatients();
        List<PatternDefinition> patterns = catalog.patterns();
        Map<String, String> patternNames = patterns.stream()
                .collect(Collectors.toMap(PatternDefinition::slug, PatternDefinition::name));
        List<Long> ids = list.stream().map(PatientSummary::id).toList();
        Map<Long, ProgramOverview> overviews = programs.overviews(ids);
        Map<Long, Standing> standing = standings.standings(ids);
        Map<Long, Long> unread = messages.unreadCounts(ids);
        all = list.stream().map(p -> {
            Standing s = standing.get(p.id());
            return new Row(p, p.patternSlugs().stream().map(slug -> patternNames.getOrDefault(slug, slug))
                    .collect(Collectors.joining(", ")), overviews.getOrDefault(p.id(), new ProgramOverview(p.id(), null, 0)),
                    s == null ? null : s.lastSession(), s == null ? null : s.adherence14());
        }).toList();

        var create = new Button("New patient", VaadinIcon.PLUS.create(), e -> new NewPatientDialog(patients, patterns,
                currentUser).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reviewSheets = new Button("Sheets for this week's reviews", VaadinIcon.PRINT.create(),
                e -> new ReviewSheetsDialog(sheets, batch, clinic.profile().paperSize()).open());
        var header = new HorizontalLayout(new H1("Patients"), create, reviewSheets);
        header.addClassName("page-header");

        var search = new TextField();
        search.setPlaceholder("Search by name or pattern");
        search.setAriaLabel("Search patients by name or pattern");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter(e.getValue()));
        search.addClassName("search");

        // Widths in rem, not em: a header cell's smaller font would make its em narrower than the
        // body's, and the headers would drift off their columns. The widths add up to the room a
        // 1366 px laptop leaves beside the menu; long text wraps.
        var name = grid.addColumn(LitRenderer.<Row>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", r -> PatientPage.route(r.patient().id()))
                        .withProperty("name", r -> r.patient().fullName()))
                .setHeader("Name").setSortable(true).setComparator(r -> r.patient().fullName())
                .setWidth("8.5rem").setFlexGrow(1).setFrozen(true);
        var unreadColumn = grid.addColumn(r -> unread.getOrDefault(r.patient().id(), 0L) == 0 ? ""
                        : unread.get(r.patient().id()) + " unread").setHeader("Messages").setSortable(true)
                .setComparator(r -> unread.getOrDefault(r.patient().id(), 0L)).setWidth("7rem").setFlexGrow(0);
        var age = grid.addColumn(r -> r.patient().age() == null ? "" : r.patient().age().toString()).setHeader("Age")
                .setSortable(true).setComparator(r -> r.patient().age() == null ? -1 : r.patient().age())
                .setWidth("4.5rem").setFlexGrow(0);
        var patternColumn = grid.addColumn(Row::patterns).setHeader("Patterns").setSortable(true).setWidth("10rem")
                .setFlexGrow(3);
        var program = grid.addColumn(r -> r.program().inWords()).setHeader("Active program").setSortable(true)
                .setComparator(r -> r.program().activeVersion() == null ? 0 : r.program().activeVersion())
                .setWidth("7rem").setFlexGrow(1);
        var adherence = grid.addColumn(r -> adherence(r)).setHeader("Adherence (14 days)")
                .setSortable(true).setComparator(r -> r.adherence() == null ? -1 : r.adherence())
                .setWidth("7rem").setFlexGrow(0);
        var last = grid.addColumn(r -> lastSession(r)).setHeader("Last session")
                .setSortable(true).setComparator(r -> r.lastSession() == null ? LocalDate.MIN : r.lastSession())
                .setWidth("6rem").setFlexGrow(0);
        var therapist = grid.addColumn(r -> r.patient().therapistName() == null ? "" : r.patient().therapistName())
                .setHeader("Therapist").setSortable(true).setWidth("6.5rem").setFlexGrow(1);
        var status = grid.addColumn(LitRenderer.<Row>of("<span theme=\"badge ${item.theme}\">${item.status}</span>")
                .withProperty("status", r -> r.patient().active() ? "Active" : "Inactive")
                .withProperty("theme", r -> r.patient().active() ? "success" : "contrast"))
                .setHeader("Status").setWidth("5rem").setFlexGrow(0);
        // On a phone: one card per patient with the key facts.
        var card = grid.addColumn(LitRenderer.<Row>of("<div class=\"grid-card\"><a href=\"${item.href}\">"
                        + "${item.name}</a><span>${item.patterns}</span><span class=\"grid-card-facts\">"
                        + "Adherence (14 days): ${item.adherence} · Last session: ${item.last}</span></div>")
                        .withProperty("href", r -> PatientPage.route(r.patient().id()))
                        .withProperty("name", r -> r.patient().fullName() + (r.patient().active() ? "" : " (inactive)"))
                        .withProperty("patterns", Row::patterns)
                        .withProperty("adherence", PatientsView::adherence)
                        .withProperty("last", PatientsView::lastSession))
                .setHeader("Patient").setSortable(true).setComparator(r -> r.patient().fullName()).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Patients");
        grid.addClassName("patient-grid");
        grid.setItems(all);
        NarrowScreen.adapt(grid, List.of(card),
                List.of(name, unreadColumn, age, patternColumn, program, adherence, last, therapist, status));

        add(header, new NeedsAttentionPanel(alerts, alerts.needsAttention(list, standing)), new H2("All patients"),
                search, grid);
    }

    private static String adherence(Row r) {
        return r.adherence() == null ? "–" : r.adherence() + " %";
    }

    private static String lastSession(Row r) {
        return r.lastSession() == null ? "Never" : Dates.day(r.lastSession());
    }

    private void filter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(r -> r.searchText().contains(needle)).toList());
    }
}
