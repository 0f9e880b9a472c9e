package app.plumbline.catalog.ui;

import app.plumbline.base.ui.TextDownload;
import app.plumbline.catalog.CatalogHit;
import app.plumbline.catalog.ClinicExerciseService;
import app.plumbline.catalog.ExerciseCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The clinic's own exercises: seen only by this clinic, exportable in the catalog's file format. */
@Route("catalog/clinic")
@PageTitle("Clinic exercises · Plumbline")
@Menu(order = 22, title = "Clinic exercises", icon = "PLUS_SQUARE_O")
@RolesAllowed("THERAPIST")
public class ClinicExercisesView extends Main {

    public ClinicExercisesView(ClinicExerciseService service) {
        addClassName("page");
        var create = new Button("New exercise", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ClinicExerciseEditor.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1("Clinic exercises"), create);
        header.addClassName("page-header");
        var intro = new Paragraph("Exercises your clinic adds appear in the catalog for your clinic only. "
                + "Export one as a YAML file to propose it for the shared catalog (exercises/).");
        intro.addClassName("lead");
        var list = new Div();
        list.addClassName("exercise-grid");
        List<ExerciseCard> exercises = service.clinicExercises();
        for (ExerciseCard exercise : exercises) {
            var card = new ExerciseCardView(new CatalogHit(exercise, List.of()));
            var edit = new Anchor(ClinicExerciseEditor.route(exercise.slug()), "Edit");
            var export = new Anchor(TextDownload.of(exercise.slug() + ".yaml", TextDownload.YAML,
                    out -> out.write(service.exportYaml(exercise.slug()))), "Export YAML");
            export.getElement().setAttribute("download", true);
            var actions = new HorizontalLayout(edit, export);
            actions.addClassName("card-actions");
            card.add(actions);
            list.add(card);
        }
        if (exercises.isEmpty()) {
            var none = new Paragraph("Your clinic has no exercises of its own yet.");
            none.addClassName("empty-state");
            list.add(none);
        }
        add(header, intro, list);
    }
}
