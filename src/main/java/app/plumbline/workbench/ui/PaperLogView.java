package app.plumbline.workbench.ui;

import app.plumbline.base.Dates;
import app.plumbline.base.ui.DateField;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Notifications;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientRoutes;
import app.plumbline.security.CurrentUser;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.PainScale;
import app.plumbline.sessionlog.PaperDay;
import app.plumbline.sessionlog.PastSessions;
import app.plumbline.sheet.TrackingGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Enter paper log": the therapist types a returned tracking grid back in, a week at a time, as
 * the sheet shows it (a box per scheduled session, pain per day). Saved sessions are marked as
 * from paper and count in adherence like any other.
 */
@Route("patients/:id(\\d{1,18})/paper-log")
@RolesAllowed("THERAPIST")
public class PaperLogView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final ProgramService programs;
    private final PastSessions pastSessions;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final DateField firstDay = new DateField("First day on the sheet");
    private final Div gridHolder = new Div();
    private final Map<LocalDate, Map<Long, List<Checkbox>>> ticks = new LinkedHashMap<>();
    private FieldErrors errors = new FieldErrors();
    private final Map<LocalDate, IntegerField> pain = new LinkedHashMap<>();
    private PatientRef ref;
    private ActiveProgram program;
    private String title = "Paper log";

    public PaperLogView(PatientAccess access, ProgramService programs,
            PastSessions pastSessions, CurrentUser currentUser) {
        this.access = access;
        this.programs = programs;
        this.pastSessions = pastSessions;
        this.currentUser = currentUser;
        addClassName("page");
    }

    public static String route(Long patientId) {
        return PatientRoutes.page(patientId) + "/paper-log";
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long patientId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        ref = access.forTherapist(patientId, "Opened the paper log");
        String name = ref.fullName();
        title = "Paper log · " + name + " · Plumbline";
        removeAll();
        var back = new Button("Back to " + name, e -> UI.getCurrent().navigate(PatientPage.route(patientId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new H1("Paper log for " + name));
        program = programs.active(ref).orElse(null);
        if (program == null) {
            add(new Paragraph(name + " has no published program yet, so there is no sheet to type in."));
            return;
        }
        LocalDate today = currentUser.today();
        firstDay.setMax(today);
        firstDay.setHelperText("Type in one week of the sheet at a time; days after today are left out.");
        firstDay.setValue(today.minusDays(6));
        firstDay.addValueChangeListener(e -> {
            if (firstDayChosen()) {
                showWeek();
            }
        });
        var save = new Button("Save paper log", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        gridHolder.addClassName("paper-grid");
        add(new Paragraph("Tick a box for each session ticked on the sheet and copy the pain written for each day. "
                + "Each day is saved as sessions from paper (all prescribed sets done); days left blank are not saved."),
                firstDay, gridHolder, save);
        showWeek();
    }

    private void showWeek() {
        LocalDate today = currentUser.today();
        List<LocalDate> days = firstDay.getValue().datesUntil(firstDay.getValue().plusDays(7))
                .filter(d -> !d.isAfter(today)).toList();
        Map<LocalDate, PastSessions.LoggedDay> logged = pastSessions.loggedDays(ref, days.getFirst(),
                days.getLast());
        ticks.clear();
        pain.clear();
        errors = new FieldErrors();
        var table = new NativeTable();
        var header = new NativeTableRow(new NativeTableHeaderCell("Exercise"));
        for (LocalDate day : days) {
            var cell = new NativeTableHeaderCell(new Span(Dates.weekday(day)), new Span(Dates.shortDay(day)));
            PastSessions.LoggedDay already = logged.get(day);
            if (already != null) {
                var note = new Span(already.paper() > 0 ? "paper entered" : already.portal() + " on portal");
                note.addClassName("paper-logged");
                cell.add(note);
            }
            header.add(cell);
        }
        table.getHead().addRows(header);
        var body = table.addBody();
        for (ActiveProgram.Item item : program.items()) {
            String name = item.exercise() == null ? "Exercise" : item.exercise().name();
            var row = new NativeTableRow(new NativeTableHeaderCell(name));
            for (LocalDate day : days) {
                int boxes = TrackingGrid.boxes(item.prescription(), day);
                var cell = new NativeTableCell();
                List<Checkbox> boxList = new ArrayList<>();
                for (int n = 1; n <= boxes; n++) {
                    var box = new Checkbox();
                    box.setAriaLabel(name + ", " + Dates.weekday(day) + " " + Dates.shortDay(day) + (boxes > 1 ? ", session " + n : ""));
                    boxList.add(box);
                    cell.add(box);
                }
                if (boxes == 0) {
                    cell.add(new Span("–"));
                }
                ticks.computeIfAbsent(day, d -> new HashMap<>()).put(item.prescription().exerciseId(), boxList);
                row.add(cell);
            }
            body.addRows(row);
        }
        var painRow = new NativeTableRow(new NativeTableHeaderCell("Pain 0–10"));
        for (LocalDate day : days) {
            var field = new IntegerField();
            field.setMin(PainScale.MIN);
            field.setMax(PainScale.MAX);
            field.setAriaLabel("Pain on " + Dates.weekday(day) + " " + Dates.shortDay(day));
            pain.put(day, field);
            errors.field(PaperDay.painField(day), field);
            painRow.add(new NativeTableCell(field));
        }
        body.addRows(painRow);
        gridHolder.removeAll();
        gridHolder.add(table);
    }

    /**
     * The browser keeps the date picker to today at the latest, but what arrives is checked again: a
     * later first day leaves no day to show, and the grid on screen must be the week the date says.
     */
    private boolean firstDayChosen() {
        LocalDate day = firstDay.getValue();
        boolean chosen = day != null && !day.isAfter(currentUser.today());
        firstDay.setErrorMessage(chosen ? null : "Choose the first day on the sheet, today at the latest.");
        firstDay.setInvalid(!chosen);
        return chosen;
    }

    private void save() {
        if (!firstDayChosen()) {
            return;
        }
        errors.clear();
        List<PaperDay> days = new ArrayList<>();
        ticks.forEach((day, byExercise) -> {
            Map<Long, Integer> done = new HashMap<>();
            byExercise.forEach((exerciseId, boxes) -> done.put(exerciseId,
                    (int) boxes.stream().filter(Checkbox::getValue).count()));
            days.add(new PaperDay(day, done, pain.get(day).getValue()));
        });
        try {
            int saved = pastSessions.recordPaper(ref, days);
            Notifications.success(saved + (saved == 1 ? " session" : " sessions") + " entered from paper.");
            showWeek();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }
}
