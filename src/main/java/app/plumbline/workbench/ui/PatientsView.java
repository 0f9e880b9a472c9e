package app.plumbline.workbench.ui;

import app.plumbline.adherence.AlertService;
import app.plumbline.adherence.Standing;
import app.plumbline.adherence.StandingService;
import app.plumbline.adherence.ui.NeedsAttentionPanel;
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
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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

        grid.addColumn(LitRenderer.<Row>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", r -> PatientPage.route(r.patient().id()))
                        .withProperty("name", r -> r.patient().fullName()))
                .setHeader("Name").setSortable(true).setComparator(r -> r.patient().fullName())
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> unread.getOrDefault(r.patient().id(), 0L) == 0 ? ""
                        : unread.get(r.patient().id()) + " unread").setHeader("Messages").setSortable(true)
                .setComparator(r -> unread.getOrDefault(r.patient().id(), 0L)).setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(r -> r.patient().age() == null ? "" : r.patient().age().toString()).setHeader("Age")
                .setSortable(true).setComparator(r -> r.patient().age() == null ? -1 : r.patient().age())
                .setWidth("6em").setFlexGrow(0);
        grid.addColumn(Row::patterns).setHeader("Patterns").setSortable(true).setWidth("16em").setFlexGrow(3);
        grid.addColumn(r -> r.program().inWords()).setHeader("Active program").setSortable(true)
                .setComparator(r -> r.program().activeVersion() == null ? 0 : r.program().activeVersion())
                .setAutoWidth(true);
        grid.addColumn(r -> r.adherence() == null ? "–" : r.adherence() + " %").setHeader("Adherence (14 days)")
                .setSortable(true).setComparator(r -> r.adherence() == null ? -1 : r.adherence()).setAutoWidth(true);
        grid.addColumn(r -> r.lastSession() == null ? "Never" : DAY.format(r.lastSession())).setHeader("Last session")
                .setSortable(true).setComparator(r -> r.lastSession() == null ? LocalDate.MIN : r.lastSession())
                .setAutoWidth(true);
        grid.addColumn(r -> r.patient().therapistName() == null ? "" : r.patient().therapistName())
                .setHeader("Therapist").setSortable(true).setAutoWidth(true);
        grid.addColumn(LitRenderer.<Row>of("<span theme=\"badge ${item.theme}\">${item.status}</span>")
                .withProperty("status", r -> r.patient().active() ? "Active" : "Inactive")
                .withProperty("theme", r -> r.patient().active() ? "success" : "contrast"))
                .setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Patients");
        grid.addClassName("patient-grid");
        grid.setItems(all);

        add(header, new NeedsAttentionPanel(alerts, alerts.needsAttention(list, standing)), new H2("All patients"),
                search, grid);
    }

    private void filter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(r -> r.searchText().contains(needle)).toList());
    }
}
