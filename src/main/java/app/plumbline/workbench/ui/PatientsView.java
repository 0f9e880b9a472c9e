package app.plumbline.workbench.ui;

import app.plumbline.adherence.AlertService;
import app.plumbline.adherence.StandingService;
import app.plumbline.adherence.ui.NeedsAttentionPanel;
import app.plumbline.base.Dates;
import app.plumbline.base.ui.NarrowScreen;
import app.plumbline.catalog.CatalogService;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.message.MessageService;
import app.plumbline.patient.PatientService;
import app.plumbline.program.ProgramService;
import app.plumbline.security.CurrentUser;
import app.plumbline.sheet.SheetBatch;
import app.plumbline.sheet.SheetService;
import app.plumbline.sheet.ui.ReviewSheetsDialog;
import app.plumbline.workbench.ui.PatientListing.Row;
import app.plumbline.workbench.ui.PatientListing.SortKey;
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
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;

/**
 * The therapist's home: the clinic's patients with their patterns and active program. The grid
 * reads one page at a time (search, order and paging in the services); the view keeps no patient.
 */
@Route("patients")
@PageTitle("Patients · Plumbline")
@Menu(order = 10, title = "Patients", icon = "USERS")
@RolesAllowed("THERAPIST")
public class PatientsView extends Main {

    /** How long typing may pause before the list is searched again. */
    static final int SEARCH_PAUSE_MS = 300;

    /**
     * Rows read and sent at a time: two grids' worth of what shows at 36rem, so scrolling rarely
     * waits, and the session keeps (and its last response carries) no more than that.
     */
    static final int PAGE_SIZE = 25;

    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final PatientListing listing;

    public PatientsView(PatientService patients, ProgramService programs, StandingService standings,
            CatalogService catalog, AlertService alerts, SheetService sheets, SheetBatch batch,
            ClinicSettingsService clinic, CurrentUser currentUser, MessageService messages) {
        setId("page-patients");
        addClassName("page");
        listing = new PatientListing(patients, programs, standings, messages, catalog);

        var create = new Button("New patient", VaadinIcon.PLUS.create(), e -> new NewPatientDialog(patients,
                catalog.patterns(), currentUser).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reviewSheets = new Button("Sheets for this week's reviews", VaadinIcon.PRINT.create(),
                e -> new ReviewSheetsDialog(sheets, batch, clinic.profile().paperSize()).open());
        var header = new HorizontalLayout(new H1("Patients"), create, reviewSheets);
        header.addClassName("page-header");

        search.setPlaceholder("Search by name or pattern");
        search.setAriaLabel("Search patients by name or pattern");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_PAUSE_MS);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addClassName("search");

        // Widths in rem, not em: a header cell's smaller font would make its em narrower than the
        // body's, and the headers would drift off their columns. The widths add up to 59.5 rem, less
        // than the 60 rem a 1280 px laptop leaves beside the menu; wider screens share the rest by
        // flex grow; long text wraps.
        var name = grid.addColumn(LitRenderer.<Row>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", r -> PatientPage.route(r.patient().id()))
                        .withProperty("name", r -> r.patient().fullName()))
                .setHeader("Name").setSortProperty(SortKey.NAME.name())
                .setWidth("7.5rem").setFlexGrow(1).setFrozen(true);
        var unreadColumn = grid.addColumn(r -> r.unread() == 0 ? "" : r.unread() + " unread").setHeader("Messages")
                .setSortProperty(SortKey.MESSAGES.name()).setWidth("7rem").setFlexGrow(0);
        var age = grid.addColumn(r -> r.patient().age() == null ? "" : r.patient().age().toString()).setHeader("Age")
                .setSortProperty(SortKey.AGE.name()).setWidth("4.5rem").setFlexGrow(0);
        // Not sortable: the names come from the catalog, so the database cannot order by them.
        var patternColumn = grid.addColumn(Row::patterns).setHeader("Patterns").setWidth("9rem").setFlexGrow(3);
        var program = grid.addColumn(r -> r.program().inWords()).setHeader("Active program")
                .setSortProperty(SortKey.PROGRAM.name()).setWidth("7rem").setFlexGrow(1);
        var adherence = grid.addColumn(PatientsView::adherence).setHeader("Adherence (14 days)")
                .setSortProperty(SortKey.ADHERENCE.name()).setWidth("7rem").setFlexGrow(0);
        var last = grid.addColumn(PatientsView::lastSession).setHeader("Last session")
                .setSortProperty(SortKey.LAST_SESSION.name()).setWidth("6rem").setFlexGrow(0);
        var therapist = grid.addColumn(r -> r.patient().therapistName() == null ? "" : r.patient().therapistName())
                .setHeader("Therapist").setSortProperty(SortKey.THERAPIST.name()).setWidth("6.5rem").setFlexGrow(1);
        // Not sortable, as before: a sorter's arrow does not fit beside "Status" in 5rem.
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
                .setHeader("Patient").setSortProperty(SortKey.NAME.name()).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Patients");
        grid.addClassName("patient-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(this::fetch, query -> listing.count(search.getValue()));
        NarrowScreen.adapt(grid, List.of(card),
                List.of(name, unreadColumn, age, patternColumn, program, adherence, last, therapist, status));

        add(header, new NeedsAttentionPanel(alerts), new H2("All patients"), search, grid);
    }

    private Stream<Row> fetch(Query<Row, Void> query) {
        QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
        return listing.page(search.getValue(), order == null ? null : SortKey.valueOf(order.getSorted()),
                order != null && order.getDirection() == SortDirection.DESCENDING, query.getOffset(),
                query.getLimit()).stream();
    }

    private static String adherence(Row r) {
        return r.adherence() == null ? "–" : r.adherence() + " %";
    }

    private static String lastSession(Row r) {
        return r.lastSession() == null ? "Never" : Dates.day(r.lastSession());
    }
}
