package app.plumbline.security.ui;

import app.plumbline.security.CurrentUser;
import app.plumbline.base.Dates;
import app.plumbline.base.ui.NarrowScreen;
import app.plumbline.base.ui.Notifications;
import app.plumbline.base.ui.chart.Chart;
import app.plumbline.base.ui.chart.SeriesColor;
import app.plumbline.security.AccountService;
import app.plumbline.security.AccountSummary;
import app.plumbline.security.PatientAccounts;
import app.plumbline.security.SignInStatistics;
import app.plumbline.security.SignInsPerDay;
import app.plumbline.base.ui.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The admin's home: staff accounts of the clinic and how sign-ins went lately. */
@Route("admin/users")
@PageTitle("Users · Plumbline")
@Menu(order = 10, title = "Users", icon = "USERS")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

    private final AccountService accounts;
    private final PatientAccounts patientAccounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Grid<AccountSummary> patients = new Grid<>();
    private final CurrentUser currentUser;

    public UsersView(AccountService accounts, PatientAccounts patientAccounts, SignInStatistics signIns,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.patientAccounts = patientAccounts;
        addClassName("page");

        var add = new Button("New therapist", VaadinIcon.PLUS.create(), e -> openNewTherapist());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1("Users"), add);
        header.addClassName("page-header");

        var staffName = grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortable(true)
                .setAutoWidth(true).setFrozen(true);
        var staffUsername = grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        var role = grid.addColumn(UsersView::role).setHeader("Role").setAutoWidth(true);
        var staffStatus = grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        var staffCard = grid.addComponentColumn(a -> card(a, role(a), action(a), endSessions(a))).setHeader("Account").setFlexGrow(1);
        var staffAction = grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true);
        var staffEnd = grid.addComponentColumn(this::endSessions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Staff accounts");
        grid.setId("staff");

        var patientName = patients.addColumn(AccountSummary::displayName).setHeader("Name").setSortable(true)
                .setAutoWidth(true).setFrozen(true);
        var patientUsername = patients.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        var patientStatus = patients.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        var patientCard = patients.addComponentColumn(a -> card(a, "Patient", resetLogin(a), endSessions(a))).setHeader("Login").setFlexGrow(1);
        var patientReset = patients.addComponentColumn(this::resetLogin).setHeader("").setAutoWidth(true)
                .setKey("resetLogin");
        var patientEnd = patients.addComponentColumn(this::endSessions).setHeader("").setAutoWidth(true);
        patients.setAllRowsVisible(true);
        patients.setAriaLabel("Patient logins");
        patients.setId("patient-logins");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        patients.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("users-grid");
        patients.addClassName("users-grid");
        NarrowScreen.adapt(grid, List.of(staffCard), List.of(staffName, staffUsername, role, staffStatus,
                staffAction, staffEnd));
        NarrowScreen.adapt(patients, List.of(patientCard), List.of(patientName, patientUsername,
                patientStatus, patientReset, patientEnd));

        add(header, grid, new H2("Patient logins"), patients, new H2("Sign-ins, last 14 days"),
                signInChart(signIns.lastDays(14)));
        refresh();
    }

    private Chart signInChart(List<SignInsPerDay> days) {
        return new Chart("Sign-ins per day over the last 14 days")
                .categories(days.stream().map(d -> Dates.shortDay(d.day())).toList())
                .bars("Signed in", days.stream().map(SignInsPerDay::succeeded).toList(), SeriesColor.PRIMARY)
                .line("Failed attempts", days.stream().map(SignInsPerDay::failed).toList(), SeriesColor.ERROR)
                .valueAxis("Sign-ins", 0, null);
    }

    private static String role(AccountSummary a) {
        return a.role().name().charAt(0) + a.role().name().substring(1).toLowerCase();
    }

    /** On a phone: the name over the role and the status, then the actions. */
    private Div card(AccountSummary account, String role, Button... actions) {
        var facts = new Span(role + " · ");
        facts.addClassName("grid-card-facts");
        facts.add(status(account));
        var buttons = new Div(actions);
        buttons.addClassName("grid-card-actions");
        var card = new Div(new Span(account.displayName()), facts, buttons);
        card.addClassName("grid-card");
        return card;
    }

    private Span status(AccountSummary account) {
        return Badge.of(account.active() ? "Active" : "Deactivated", account.active() ? "success" : "contrast");
    }

    private Button action(AccountSummary account) {
        Button button = account.active()
                ? new Button("Deactivate", e -> run(() -> accounts.deactivate(account.id()),
                        account.displayName() + " can no longer sign in."))
                : new Button("Reactivate", e -> run(() -> accounts.reactivate(account.id()),
                        account.displayName() + " can sign in again."));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(button.getText() + " " + account.displayName());
        return button;
    }

    private Button endSessions(AccountSummary account) {
        var button = new Button("End sessions", e -> {
            int ended = accounts.endSessions(account.id());
            Notifications.success(ended == 0 ? account.displayName() + " was not signed in."
                    : account.displayName() + " is signed out (" + ended + (ended == 1 ? " session)." : " sessions)."));
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("End sessions of " + account.displayName());
        return button;
    }

    private Button resetLogin(AccountSummary patient) {
        var button = new Button("Reset login", e -> {
            var confirm = new ConfirmDialog("Reset the login of " + patient.displayName() + "?",
                    "Their password stops working, they are signed out everywhere, and you get a new one-time "
                            + "code to give them.", "Reset login", ok -> new ResetLoginDialog(patient.displayName(),
                                    patientAccounts.resetLogin(patient.id()), currentUser.zone()).open());
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Reset login of " + patient.displayName());
        return button;
    }

    private void run(Runnable change, String confirmation) {
        Notifications.attempt(change, confirmation);
        refresh();
    }

    private void openNewTherapist() {
        new NewTherapistDialog(accounts, created -> {
            Notifications.success(created.displayName() + " can now sign in as " + created.username() + ".");
            refresh();
        }).open();
    }

    private void refresh() {
        grid.setItems(accounts.clinicStaff());
        patients.setItems(accounts.clinicPatients());
    }
}
