package app.plumbline.program.ui;

import app.plumbline.base.ui.DateField;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.Notifications;
import app.plumbline.catalog.CatalogService;
import app.plumbline.patient.Finding;
import app.plumbline.patient.PatientRoutes;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.program.BuilderDraft;
import app.plumbline.program.BuilderProposal;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.program.StarterProgram;
import app.plumbline.program.TemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The program builder: the catalog for the patient's findings on one side, the program on the
 * other; save the draft, publish it as a new version. Reorder by drag or with the arrow buttons.
 */
@Route("patients/:id(\\d{1,18})/program")
@PageTitle("Program builder · Plumbline")
@RolesAllowed("THERAPIST")
public class ProgramBuilderView extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    private final PatientAccess access;
    private final ProgramService programs;
    private final PatientService patients;
    private final CatalogService catalog;
    private final TemplateService templates;
    private final TextField goal = new TextField("Goal");
    private final DateField reviewDate = new DateField("Review date");
    private final Paragraph status = new Paragraph();
    private final Div proposalNote = new Div();
    private final Button publish = new Button();
    private final PrescriptionLines lines;
    private AdviceChooser advice;
    private FieldErrors errors = new FieldErrors();
    private PatientRef ref;
    private BuilderDraft loaded;
    private boolean dirty;

    public ProgramBuilderView(PatientAccess access, ProgramService programs, PatientService patients,
            CatalogService catalog, TemplateService templates) {
        this.access = access;
        this.programs = programs;
        this.patients = patients;
        this.catalog = catalog;
        this.templates = templates;
        this.lines = new PrescriptionLines(catalog, this::changed);
        addClassName("page");
        addClassName("builder");
        // Once, here: the view is reused from one patient's builder to the next.
        goal.setMaxLength(500);
        // A hint below the field, whole at any width (a placeholder was cut off and gone once typing).
        goal.setHelperText("What the patient wants to manage, e.g. sit at the desk for an hour without neck pain");
        goal.setWidth("min(100%, 30rem)");
        goal.addValueChangeListener(e -> changed());
        reviewDate.addValueChangeListener(e -> changed());
        status.addClassName("builder-status");
        status.getElement().setAttribute("aria-live", "polite");
        publish.addClickListener(e -> {
            if (unreadableDates()) {
                publish.setEnabled(true);
            } else if (next() == 1) {
                publish(null);
            } else {
                publish.setEnabled(true);
                new PublishDialog(next(), this::publish).open();
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double click on "Publish version 1" would otherwise publish twice.
        publish.setDisableOnClick(true);
    }

    public static String route(Long patientId) {
        return PatientRoutes.page(patientId) + "/program";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long patientId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ref = access.forTherapist(patientId, "Opened the program builder");
        var patient = patients.details(ref);
        List<Finding> findings = patient.currentFindings();
        loaded = programs.draft(ref);
        removeAll();
        var back = new Anchor(PatientRoutes.page(patientId), "← " + patient.fullName());
        var header = new Div(new H1("Program for " + patient.fullName()), back, status);
        proposalNote.addClassName("builder-proposal");
        advice = new AdviceChooser(catalog.advice(findings.stream().map(Finding::patternSlug).toList()),
                findings.stream().map(Finding::patternSlug).toList(), this::changed);
        var programPane = new Div(new H2("Program"), new Div(goal, reviewDate), toolbar(findings), proposalNote,
                lines, advice, actions());
        programPane.addClassNames("builder-pane", "builder-program");
        var panes = new Div(new BuilderCatalogPane(catalog, findings.stream().map(Finding::patternSlug).toList(),
                lines::add), programPane);
        panes.addClassName("builder-panes");
        add(header, panes);
        show(loaded);
        propose(programs.proposal(ref, loaded, findings));
    }

    /**
     * Fills in what the builder proposes (the starter program, the review date), unsaved, and says
     * so above the lines, with the reason for each exercise: the therapist checks, then publishes.
     */
    private void propose(BuilderProposal proposal) {
        proposalNote.removeAll();
        proposalNote.setVisible(proposal.proposesStarter());
        if (proposal.reviewDate() != null) {
            reviewDate.setValue(proposal.reviewDate());
            dirty = false;
            renumber();
        }
        if (!proposal.proposesStarter()) {
            return;
        }
        proposal.starter().forEach(p -> lines.add(p.exercise()));
        // A proposal is not the therapist's change: leaving loses nothing (it is proposed again next time).
        dirty = false;
        renumber();
        var why = new UnorderedList();
        proposal.starter().forEach(p -> why.add(new ListItem(p.exercise().name() + " — for "
                + p.patternName().toLowerCase() + ": " + p.reason())));
        var clear = new Button("Start from an empty program", e -> {
            lines.show(List.of());
            proposalNote.setVisible(false);
            changed();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var details = new Details("Why these exercises", new Paragraph(StarterProgram.RULE), why);
        proposalNote.add(new Paragraph("Proposed from the findings, not saved yet: check each exercise and its "
                + "dose, then publish."), details, clear);
    }

    private Div toolbar(List<Finding> findings) {
        var starter = new Button("Suggest starter program", e -> new StarterDialog(programs.starter(ref, findings),
                picks -> picks.forEach(p -> lines.add(p.exercise()))).open());
        var apply = new Button("Apply template", e -> TemplateDialogs.apply(templates, content -> {
            content.prescriptions().stream().filter(p -> !lines.contains(p.exerciseId())).forEach(p -> lines.addLine(p,
                    catalog.cards(List.of(p.exerciseId())).get(p.exerciseId())));
            if (goal.isEmpty() && content.goal() != null) {
                goal.setValue(content.goal());
            }
            advice.show(java.util.stream.Stream.concat(advice.values().stream(), content.advice().stream())
                    .distinct().toList());
            changed();
        }).open());
        var saveTemplate = new Button("Save as template", e -> TemplateDialogs.save(templates, content(),
                this::showOnLines).open());
        var bar = new Div(starter, apply, saveTemplate);
        bar.addClassName("builder-toolbar");
        return bar;
    }

    private Div actions() {
        var save = new Button("Save draft", e -> save());
        var bar = new Div(save, publish);
        bar.addClassName("builder-actions");
        return bar;
    }

    /** Publishes the program as it stands; version 1 needs no reason (null), later ones come from the dialog. */
    private void publish(String reason) {
        try {
            var version = programs.publish(ref, loaded.version(), content(), reason);
            Notifications.success("Version " + version.number() + " published. The patient sees it now.");
            loaded = programs.draft(ref);
            proposalNote.setVisible(false);
            show(loaded);
        } catch (InvalidInputException ex) {
            showOnLines(ex);
            if (ex.problems().stream().anyMatch(p -> p.field().equals("reason"))) {
                throw ex;
            }
        } catch (ObjectOptimisticLockingFailureException ex) {
            conflict();
        } finally {
            publish.setEnabled(true);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog("Leave without saving?", "Your changes to the program are not saved. "
                + "Save the draft first to keep them.", "Leave without saving", e -> action.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void save() {
        if (unreadableDates()) {
            return;
        }
        try {
            loaded = programs.saveDraft(ref, loaded.version(), content());
            show(loaded);
            Notifications.success("Draft saved. The patient still sees the published version.");
        } catch (InvalidInputException ex) {
            showOnLines(ex);
        } catch (ObjectOptimisticLockingFailureException ex) {
            conflict();
        }
    }

    /** True, with the message at each field, when a date typed in the program is not a date. */
    private boolean unreadableDates() {
        List<DateField> dates = new ArrayList<>(List.of(reviewDate));
        dates.addAll(lines.dates());
        return DateField.anyUnreadable(dates.toArray(DateField[]::new));
    }

    private void conflict() {
        status.setText("A colleague saved this draft after you opened it. Your changes are not saved: "
                + "reload the page to see theirs, then redo yours.");
        status.addClassName("conflict");
        Notifications.error("Not saved: a colleague changed this draft meanwhile. Reload to see their version.");
    }

    private void showOnLines(InvalidInputException ex) {
        errors.show(ex);
        ex.problems().stream().filter(p -> p.field().startsWith("rx[")).forEach(p -> {
            int index = Integer.parseInt(p.field().substring(3, p.field().indexOf(']')));
            lines.openDetails(index);
        });
    }

    private void show(BuilderDraft draft) {
        goal.setValue(draft.goal() == null ? "" : draft.goal());
        reviewDate.setValue(draft.reviewDate());
        lines.show(draft.lines());
        advice.show(draft.advice());
        dirty = false;
        renumber();
    }

    private void changed() {
        dirty = true;
        renumber();
    }

    private void renumber() {
        errors = new FieldErrors().field("goal", goal).field("reviewDate", reviewDate);
        lines.renumber(errors);
        String base = loaded.activeVersionNumber() == null ? "Draft, not published yet"
                : "Draft based on version " + loaded.activeVersionNumber() + " (the patient follows version "
                + loaded.activeVersionNumber() + ")";
        status.setText(base + " · " + lines.size() + (lines.size() == 1 ? " exercise" : " exercises")
                + (dirty ? " · unsaved changes" : ""));
        publish.setText(next() == 1 ? "Publish version 1" : "Publish version " + next() + "…");
    }

    private ProgramContent content() {
        return new ProgramContent(goal.getValue(), reviewDate.getValue(),
                lines.values(), advice.values());
    }

    private int next() {
        return loaded.activeVersionNumber() == null ? 1 : loaded.activeVersionNumber() + 1;
    }
}
