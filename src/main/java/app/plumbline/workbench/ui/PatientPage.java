package app.plumbline.workbench.ui;

import app.plumbline.adherence.AdherenceService;
import app.plumbline.adherence.SuggestionService;
import app.plumbline.adherence.ui.AdherencePanel;
import app.plumbline.adherence.ui.SuggestionsPanel;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Badge;
import app.plumbline.base.ui.FileLink;
import app.plumbline.base.ui.Notifications;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.outcome.OutcomeFigures;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.ui.OutcomesPanel;
import app.plumbline.patient.Finding;
import app.plumbline.patient.PatientDataExport;
import app.plumbline.patient.PatientDetails;
import app.plumbline.patient.PatientRoutes;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.security.CurrentUser;
import app.plumbline.program.ProgramService;
import app.plumbline.program.ui.ProgramBuilderView;
import app.plumbline.sessionlog.RedFlagService;
import app.plumbline.sheet.ui.SheetDownload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** One patient for the therapist: details, assessments and findings, the program and its versions. */
@Route(PatientRoutes.PATIENTS + "/:id(\\d{1,18})")
@RolesAllowed("THERAPIST")
public class PatientPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientService patients;
    private final ProgramService programs;
    private final AdherenceService adherence;
    private final PatientAccess access;
    private final SuggestionService suggestions;
    private final ClinicSettingsService clinic;
    private final RedFlagService redFlags;
    private final CurrentUser currentUser;
    private final OutcomeService outcomes;
    private final OutcomeFigures outcomeFigures;
    private final List<PatternDefinition> patterns;
    private final Map<String, String> patternNames;
    private Long patientId;
    private PatientRef ref;
    private String title = "Patient";

    public PatientPage(PatientAccess access, PatientService patients, ProgramService programs, AdherenceService adherence,
            SuggestionService suggestions, RedFlagService redFlags, CatalogService catalog,
            ClinicSettingsService clinic, CurrentUser currentUser, OutcomeService outcomes,
            OutcomeFigures outcomeFigures) {
        this.access = access;
        this.outcomes = outcomes;
        this.outcomeFigures = outcomeFigures;
        this.clinic = clinic;
        this.currentUser = currentUser;
        this.redFlags = redFlags;
        this.patients = patients;
        this.programs = programs;
        this.adherence = adherence;
        this.suggestions = suggestions;
        this.patterns = catalog.patterns();
        this.patternNames = patterns.stream().collect(Collectors.toMap(PatternDefinition::slug, PatternDefinition::name));
        addClassName("page");
    }

    public static String route(Long patientId) {
        return PatientRoutes.page(patientId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patientId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ref = access.forTherapist(patientId, "Opened the patient page");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        PatientDetails patient = patients.details(ref);
        title = patient.fullName() + " · Plumbline";
        removeAll();
        var builder = new Button("Program builder", e -> UI.getCurrent().navigate(ProgramBuilderView.route(patientId)));
        builder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var edit = new Button("Edit details", e -> editDetails(patient));
        var sheet = new Button("Print sheet", e -> printSheet(patient));
        var paper = new Button("Enter paper log", e -> UI.getCurrent().navigate(PaperLogView.route(patientId)));
        var code = new Button("New activation code", e ->
                new ActivationCodeDialog(patients.newActivationCode(ref), patientId, currentUser.zone()).open());
        Runnable toggle = () -> {
            patients.setActive(ref, !patient.active());
            Notifications.success(patient.fullName() + (patient.active() ? " is deactivated; all data is kept."
                    : " is active again."));
            render();
        };
        var active = new Button(patient.active() ? "Deactivate" : "Reactivate", e -> {
            if (!patient.active()) {
                toggle.run();
                return;
            }
            var confirm = new ConfirmDialog("Deactivate " + patient.fullName() + "?",
                    "They can no longer sign in. Their findings, programs and logs are kept, and you can "
                            + "reactivate them at any time.", "Deactivate", c -> toggle.run());
            confirm.setCancelable(true);
            confirm.open();
        });
        var data = FileLink.download(PatientDataExport.downloadPath(patientId), "Download patient data (JSON)");
        var actions = new Div(builder, sheet, paper, edit, code, active, data);
        actions.addClassName("page-actions");
        var facts = new Paragraph(String.join(" · ", List.of(
                patient.dateOfBirth() == null ? "Date of birth not recorded" : "Born " + patient.dateOfBirth(),
                "Username " + (patient.username() == null ? "–" : patient.username()),
                "Therapist " + (patient.therapistName() == null ? "–" : patient.therapistName()))));
        facts.addClassName("facts");
        add(new H1(patient.fullName()), Badge.of(patient.active() ? "Active" : "Inactive",
                patient.active() ? "success" : "contrast"), facts,
                new app.plumbline.reminder.ui.ReminderStatusLine(ref), actions, suggestions(),
                new NotesAndFlags(redFlags.notesAndFlags(ref), () -> redFlags.acknowledgeRedFlags(ref),
                        this::render), adherence(), findings(patient),
                program());
        add(new OutcomesPanel(ref, outcomes, currentUser.today()));
        add(new app.plumbline.message.ui.PatientMessages(ref));
        if (patient.notes() != null) {
            add(new Section(new H2("Notes"), new Paragraph(patient.notes())));
        }
    }

    private Section findings(PatientDetails patient) {
        List<Finding> latestFindings = patient.assessments().isEmpty() ? List.of()
                : patient.assessments().getFirst().findings();
        var record = new Button("Record assessment", e -> new AssessmentDialog(ref, patients, patterns,
                currentUser.today(), latestFindings, this::render).open());
        var section = new Section(new H2("Findings"));
        if (patient.assessments().isEmpty()) {
            section.add(new Paragraph("No assessment recorded yet."));
        } else {
            var latest = patient.assessments().getFirst();
            section.add(new Paragraph("Latest assessment, " + latest.assessedOn() + " by " + latest.therapistName()
                    + (latest.note() == null ? "" : ": " + latest.note())), findingList(latest.findings()));
            for (var older : patient.assessments().subList(1, patient.assessments().size())) {
                section.add(new Details("Assessment of " + older.assessedOn() + " by " + older.therapistName(),
                        findingList(older.findings())));
            }
        }
        section.add(record);
        return section;
    }

    private UnorderedList findingList(List<Finding> findings) {
        var list = new UnorderedList();
        list.addClassName("findings");
        findings.forEach(f -> list.add(new ListItem(patternNames.getOrDefault(f.patternSlug(), f.patternSlug())
                + " — " + f.side().label().toLowerCase() + ", " + f.severityLabel()
                + (f.note() == null ? "" : " (" + f.note() + ")"))));
        return list;
    }

    private Section program() {
        return new Section(new H2("Program versions"), new VersionHistory(ref, programs, currentUser.zone()));
    }

    private Section adherence() {
        return new Section(new H2("Adherence and pain"), new AdherencePanel(adherence.report(ref, 8)));
    }

    private Section suggestions() {
        return new Section(new H2("Suggestions"), new SuggestionsPanel(ref, suggestions, this::render));
    }

    private SheetDownload sheetDownload() {
        var questionnaires = outcomeFigures.forSheet(ref);
        return new SheetDownload(patientId, clinic.profile().paperSize(), "Download PDF").withQuestionnaires(
                questionnaires.pages().stream().map(p -> p.shortName()).toList(), questionnaires.leftOut());
    }

    private void printSheet(PatientDetails patient) {
        if (programs.versions(ref).stream().noneMatch(v -> v.active())) {
            Notifications.error("Publish a program first: the sheet prints the version " + patient.givenName()
                    + " follows.");
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle("Home-exercise sheet for " + patient.fullName());
        dialog.add(new Paragraph("The active program with pictures, steps and a 4-week tracking grid, as a PDF."),
                sheetDownload());
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }

    private void editDetails(PatientDetails patient) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + patient.fullName());
        var form = new PatientDetailsForm(currentUser.today());
        form.setValue(patient.asInput());
        dialog.add(form);
        var save = new Button("Save", e -> {
            if (form.unreadable()) {
                return;
            }
            try {
                patients.update(ref, patient.version(), form.value());
                dialog.close();
                render();
            } catch (InvalidInputException ex) {
                form.errors.show(ex);
            } catch (ObjectOptimisticLockingFailureException ex) {
                Notifications.error("A colleague changed these details meanwhile. Close and open them again.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }
}
