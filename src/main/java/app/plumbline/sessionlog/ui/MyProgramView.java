package app.plumbline.sessionlog.ui;

import app.plumbline.base.ui.AppUrls;
import app.plumbline.base.ui.FileLink;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.patient.PatientDataExport;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sheet.ui.SheetDownload;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every detail of the program the patient follows now. */
@Route("my-program")
@PageTitle("My program · Plumbline")
@Menu(order = 15, title = "My program", icon = "CLIPBOARD_TEXT")
@RolesAllowed("PATIENT")
public class MyProgramView extends Main {

    private final ClinicSettingsService clinic;

    public MyProgramView(ProgramService programs, SessionLogService sessions, ClinicSettingsService clinic) {
        this.clinic = clinic;
        addClassNames("page", "narrow", "portal");
        add(new H1("My program"));
        PatientRef me = sessions.me();
        programs.active(me).ifPresentOrElse(this::render, () -> {
            var none = new Paragraph("Your therapist has not published an exercise program for you yet.");
            none.addClassName("empty-state");
            add(none);
        });
        add(new H2("Your data"), new Paragraph("Everything your clinic keeps about you here, in one file: your "
                + "details, assessments, programs, sessions, questionnaires, messages and reminder settings "
                + "(JSON, for your records or another app)."),
                FileLink.download(PatientDataExport.downloadPath(me.id()), "Download my data"));
    }

    private void render(ActiveProgram program) {
        var facts = new Paragraph("Version " + program.number() + " from " + program.therapistName()
                + (program.reviewDate() == null ? "" : " · next review " + program.reviewDate()));
        facts.addClassName("portal-date");
        add(facts);
        if (program.goal() != null) {
            add(new Paragraph("Goal: " + program.goal()));
        }
        for (ActiveProgram.Item item : program.items()) {
            String name = item.exercise() == null ? "Exercise" : item.exercise().name();
            var card = new Div();
            card.addClassName("log-card");
            if (item.exercise() != null) {
                var image = new Image(AppUrls.of(item.exercise().imageUrl()), "Picture: " + name);
                image.addClassName("log-card-image");
                card.add(image);
            }
            card.add(new H2(name), new Paragraph(item.prescription().dosage().inPlainWords() + " — "
                    + item.prescription().scheduleInWords()));
            if (item.prescription().therapistNote() != null) {
                card.add(new Paragraph("From your therapist: " + item.prescription().therapistNote()));
            }
            if (item.instructions() != null) {
                var steps = new OrderedList();
                item.instructions().steps().forEach(s -> steps.add(new ListItem(s)));
                card.add(steps);
                if (!item.instructions().cautions().isEmpty()) {
                    var cautions = new UnorderedList();
                    item.instructions().cautions().forEach(c -> cautions.add(new ListItem(c)));
                    var takeCare = new Div(new Paragraph("Take care"), cautions);
                    takeCare.addClassName("log-card-cautions");
                    card.add(takeCare);
                }
            }
            add(card);
        }
        if (!program.advice().isEmpty()) {
            var advice = new Div(new H2("Everyday advice"));
            advice.addClassName("my-advice");
            program.advice().forEach(a -> {
                var item = new Div(new H3(a.title()), new Paragraph(a.text()));
                item.addClassName("my-advice-item");
                advice.add(item);
            });
            add(advice);
        }
        add(new H2("On paper"), new Paragraph("Print your program with its pictures and a 4-week grid to tick "
                + "off your sessions."), new SheetDownload(program.patientId(), clinic.profile().paperSize(),
                "Download my sheet (PDF)"));
    }
}
