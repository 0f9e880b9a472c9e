package app.plumbline.catalog.ui;

import app.plumbline.base.ui.AppUrls;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.ExerciseDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
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

/** One exercise: large picture, steps, cues, cautions, default dosage, easier and harder versions. */
@Route("catalog/exercise/:slug")
@RolesAllowed({"THERAPIST", "ADMIN"})
public class ExerciseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title = "Exercise";

    public ExerciseView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("page");
        addClassName("exercise-page");
    }

    public static String route(String slug) {
        return "catalog/exercise/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ExerciseDetails details = catalog.exercise(slug).orElseThrow(NotFoundException::new);
        title = details.card().name() + " · Plumbline";
        removeAll();
        render(details);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(ExerciseDetails details) {
        ExerciseCard card = details.card();
        var image = new Image(AppUrls.of(card.imageUrl()), "Illustration: " + card.name());
        image.addClassName("exercise-page-image");
        var summary = new Paragraph(card.summary());
        summary.addClassName("lead");
        var dosage = new Paragraph("Default dosage: " + card.dosage().inPlainWords() + " — "
                + card.dosage().howOften() + ".");
        dosage.addClassName("dosage");
        var text = new Div(new H1(card.name()), ExerciseCardView.facts(card), summary, dosage);
        text.add(section("Steps", ordered(details.steps())));
        if (!details.cues().isEmpty()) {
            text.add(section("Cues", bullets(details.cues())));
        }
        if (!details.cautions().isEmpty() || !details.contraindications().isEmpty()) {
            var cautions = section("Cautions", bullets(details.cautions()));
            if (!details.contraindications().isEmpty()) {
                cautions.add(new Paragraph("Not suitable when:"), bullets(details.contraindications()));
            }
            cautions.addClassName("cautions");
            text.add(cautions);
        }
        text.addClassName("exercise-page-text");
        var columns = new Div(image, text);
        columns.addClassName("exercise-page-columns");
        add(columns, more(details));
    }

    private Div more(ExerciseDetails details) {
        var more = new Div();
        more.addClassName("exercise-page-more");
        if (details.regression() != null || details.progression() != null) {
            var links = new UnorderedList();
            if (details.regression() != null) {
                links.add(new ListItem(new Paragraph("Easier: "), link(details.regression())));
            }
            if (details.progression() != null) {
                links.add(new ListItem(new Paragraph("Harder: "), link(details.progression())));
            }
            links.addClassName("easier-harder");
            more.add(section("Easier and harder", links));
        }
        more.add(section("Muscles worked", bullets(details.targets().stream()
                .map(t -> t.muscle() + " — " + t.action().label().toLowerCase()).toList())));
        if (!details.fits().isEmpty()) {
            var fits = new UnorderedList();
            details.fits().forEach(f -> fits.add(new ListItem(new Anchor(PatternView.route(f.patternSlug()),
                    f.patternName()), new Paragraph(ExerciseCardView.capitalised(f.reasons().getFirst().text())))));
            more.add(section("Fits these patterns", fits));
        }
        if (!details.references().isEmpty()) {
            var references = section("References", bullets(details.references()));
            references.addClassName("references");
            more.add(references);
        }
        if (details.evidence() != null) {
            var evidence = new Paragraph("Evidence: " + details.evidence());
            evidence.addClassName("evidence");
            more.add(evidence);
        }
        return more;
    }

    private static Anchor link(ExerciseCard exercise) {
        return new Anchor(route(exercise.slug()), exercise.name());
    }

    static Section section(String heading, Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        return section;
    }

    static OrderedList ordered(List<String> items) {
        var list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    static UnorderedList bullets(List<String> items) {
        var list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }
}
