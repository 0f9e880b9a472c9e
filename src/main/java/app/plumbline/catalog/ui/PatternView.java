package app.plumbline.catalog.ui;

import app.plumbline.catalog.AdviceDefinition;
import app.plumbline.catalog.CatalogHit;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.PatternPage;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A pattern: what it is, its overactive and underactive muscles, the exercises offered for each side
 * (best first) and, collapsed, those left out with the reason.
 */
@Route("catalog/pattern/:slug")
@RolesAllowed({"THERAPIST", "ADMIN"})
public class PatternView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title = "Pattern";

    public PatternView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("page");
    }

    public static String route(String slug) {
        return "catalog/pattern/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PatternPage page = catalog.pattern(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        title = page.pattern().name() + " · Plumbline";
        removeAll();
        render(page);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(PatternPage page) {
        var pattern = page.pattern();
        add(new H1(pattern.name()));
        if (!pattern.aliases().isEmpty()) {
            var aliases = new Paragraph("Also called: " + String.join(", ", pattern.aliases()));
            aliases.addClassName("aliases");
            add(aliases);
        }
        var description = new Paragraph(pattern.description());
        description.addClassName("lead");
        var plain = new Paragraph(pattern.patientDescription());
        add(description, ExerciseView.section("In plain words, for the patient", plain));
        if (pattern.sided()) {
            add(new Paragraph("This pattern has a side: record left or right in the finding."));
        }
        var muscles = new Div(muscleList("Overactive (short, tight)", page.overactive()),
                muscleList("Underactive (long, weak)", page.underactive()));
        muscles.addClassName("two-columns");
        add(muscles, ExerciseView.section("Typical signs", ExerciseView.bullets(pattern.signs())));
        add(exercises("Release and stretch the overactive side", page.forOveractive()));
        add(exercises("Activate and strengthen the underactive side", page.forUnderactive()));
        if (!page.linked().isEmpty()) {
            add(exercises("Also linked to this pattern", page.linked()));
        }
        List<AdviceDefinition> advice = catalog.advice(List.of(pattern.slug())).stream()
                .filter(a -> a.concerns(pattern.slug())).toList();
        if (!advice.isEmpty()) {
            add(advice(pattern.slug(), advice));
        }
        if (!page.leftOut().isEmpty()) {
            add(leftOut(page.leftOut()));
        }
        add(new Anchor("catalog?pattern=" + pattern.slug(), "Search and filter the catalog for this pattern"));
        if (!pattern.references().isEmpty()) {
            var references = ExerciseView.section("References", ExerciseView.bullets(pattern.references()));
            references.addClassName("references");
            add(references);
        }
    }

    private static Section muscleList(String heading, List<PatternPage.NamedMuscle> muscles) {
        var list = new UnorderedList();
        muscles.forEach(m -> {
            var item = new ListItem(new Span(m.name()));
            if (m.why() != null) {
                var why = new Paragraph(m.why());
                why.addClassName("why");
                item.add(why);
            }
            list.add(item);
        });
        var section = new Section(new H3(heading), list);
        section.addClassName("muscle-list");
        return section;
    }

    /** Everyday advice keyed to the pattern: what the patient reads, why it concerns the pattern, its evidence. */
    private static Section advice(String patternSlug, List<AdviceDefinition> advice) {
        var list = new Div();
        list.addClassName("pattern-advice");
        advice.forEach(a -> {
            var item = new Div(new H3(a.title()), new Paragraph(a.text()));
            a.patterns().stream().filter(l -> l.patternSlug().equals(patternSlug)).findFirst().ifPresent(l -> {
                var why = new Paragraph("Why here: " + l.why());
                why.addClassName("why");
                item.add(why);
            });
            var evidence = new Paragraph(a.references().isEmpty() ? "Evidence: " + a.evidence()
                    : "Source: " + String.join(" · ", a.references()));
            evidence.addClassName("why");
            item.add(evidence);
            list.add(item);
        });
        return new Section(new H2("Everyday advice (" + advice.size() + ")"), list);
    }

    /** Collapsed: exercises that help one muscle but work against another, each with the reason. */
    private static Details leftOut(List<PatternPage.LeftOut> leftOut) {
        var list = new UnorderedList();
        leftOut.forEach(l -> {
            var item = new ListItem(new Anchor(ExerciseView.route(l.exercise().slug()), l.exercise().name()));
            var why = new Paragraph("Not offered: it " + String.join("; ", l.against()) + ".");
            why.addClassName("why");
            item.add(why);
            list.add(item);
        });
        var intro = new Paragraph("These exercises help one of this pattern's muscles but another of their targets "
                + "works against the pattern, so they are not offered for it. You can still add them to a program.");
        var details = new Details("Left out (" + leftOut.size() + ")", new Div(intro, list));
        details.addClassName("left-out");
        details.setOpened(false);
        return details;
    }

    private static Section exercises(String heading, List<CatalogHit> hits) {
        var grid = new Div();
        grid.addClassName("exercise-grid");
        hits.forEach(h -> grid.add(new ExerciseCardView(h)));
        var section = new Section(new H2(heading + " (" + hits.size() + ")"), grid);
        return section;
    }
}
