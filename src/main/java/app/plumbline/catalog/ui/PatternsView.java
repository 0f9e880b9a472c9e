package app.plumbline.catalog.ui;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.PatternDefinition;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every imbalance pattern of the catalog, by region. */
@Route("catalog/patterns")
@PageTitle("Imbalance patterns · Plumbline")
@Menu(order = 21, title = "Imbalance patterns", icon = "CLUSTER")
@RolesAllowed({"THERAPIST", "ADMIN"})
public class PatternsView extends Main {

    public PatternsView(CatalogService catalog) {
        addClassName("page");
        var list = new Div();
        list.addClassName("pattern-list");
        for (PatternDefinition pattern : catalog.patterns()) {
            var card = new Div(new Anchor(PatternView.route(pattern.slug()), pattern.name()),
                    ExerciseCardView.regionBadge(pattern.region()), new Paragraph(pattern.patientDescription()));
            card.addClassName("pattern-card");
            list.add(card);
        }
        add(new H1("Imbalance patterns"), list);
    }
}
