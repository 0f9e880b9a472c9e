package app.plumbline.patient.ui;

import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.base.ui.Badge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** The therapist's home: the clinic's patients. */
@Route("patients")
@PageTitle("Patients · Plumbline")
@Menu(order = 10, title = "Patients", icon = "USERS")
@RolesAllowed("THERAPIST")
public class PatientsView extends Main {

    private final Grid<PatientSummary> grid = new Grid<>();
    private final List<PatientSummary> all;

    public PatientsView(PatientService patients) {
        addClassName("page");
        all = patients.clinicPatients();

        var search = new TextField();
        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search patients by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter(e.getValue()));
        search.addClassName("search");

        grid.addColumn(PatientSummary::fullName).setHeader("Name").setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(p -> p.age() == null ? "" : p.age().toString()).setHeader("Age")
                .setSortable(true).setComparator(p -> p.age() == null ? -1 : p.age()).setAutoWidth(true);
        grid.addColumn(p -> p.therapistName() == null ? "" : p.therapistName()).setHeader("Therapist")
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Patients");
        grid.setAllRowsVisible(true);
        grid.setItems(all);

        add(new H1("Patients"), search, grid);
    }

    private void filter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(p -> p.fullName().toLowerCase(Locale.ROOT).contains(needle)).toList());
    }

    private Span status(PatientSummary patient) {
        return Badge.of(patient.active() ? "Active" : "Inactive", patient.active() ? "success" : "contrast");
    }
}
