package app.plumbline.catalog.ui;

import app.plumbline.catalog.CatalogHit;
import app.plumbline.catalog.CatalogQuery;
import app.plumbline.catalog.CatalogService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Search the catalog as you type; facets; for a chosen pattern each card says why it fits. */
@Route("catalog")
@PageTitle("Exercise catalog · Plumbline")
@Menu(order = 20, title = "Exercise catalog", icon = "BOOK")
@RolesAllowed({"THERAPIST", "ADMIN"})
public class CatalogView extends Main implements BeforeEnterObserver {

    private final CatalogService catalog;
    private final CatalogFilters filters;
    private final Paragraph count = new Paragraph();
    private final Div patternNote = new Div();
    private final Div results = new Div();

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("page");
        filters = new CatalogFilters(catalog.patterns(), catalog.muscles(), this::show);
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        patternNote.addClassName("pattern-note");
        results.addClassName("exercise-grid");
        add(new H1("Exercise catalog"), filters, patternNote, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("pattern").ifPresent(filters::selectPattern);
        show(filters.query());
    }

    private void show(CatalogQuery query) {
        List<CatalogHit> hits = catalog.search(query);
        count.setText(hits.size() == 1 ? "1 exercise" : hits.size() + " exercises");
        patternNote.removeAll();
        if (query.patternSlug() != null) {
            patternNote.add(new Paragraph("Showing exercises that release or stretch the overactive muscles, or "
                    + "activate or strengthen the underactive muscles, of this pattern. "),
                    new Anchor(PatternView.route(query.patternSlug()), "About this pattern"));
        }
        results.removeAll();
        hits.forEach(hit -> results.add(new ExerciseCardView(hit)));
        if (hits.isEmpty()) {
            var none = new Paragraph("No exercise matches. Try fewer words or clear a filter.");
            none.addClassName("empty-state");
            results.add(none);
        }
    }
}
