package app.plumbline.program.ui;

import app.plumbline.catalog.CatalogHit;
import app.plumbline.catalog.CatalogQuery;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.ui.CatalogFilters;
import app.plumbline.catalog.ui.ExerciseView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.AnchorTarget;
import java.util.List;
import java.util.function.Consumer;

/** The builder's catalog: first the exercises for the patient's findings, with why each fits. */
class BuilderCatalogPane extends Div {

    private static final int SHOWN = 40;

    private final CatalogService catalog;
    private final List<String> findingPatterns;
    private final Consumer<ExerciseCard> onAdd;
    private final CatalogFilters filters;
    private final Checkbox forFindings = new Checkbox("Only exercises for this patient's findings");
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();

    BuilderCatalogPane(CatalogService catalog, List<String> findingPatterns, Consumer<ExerciseCard> onAdd) {
        this.catalog = catalog;
        this.findingPatterns = findingPatterns;
        this.onAdd = onAdd;
        addClassName("builder-pane");
        filters = new CatalogFilters(catalog.patterns(), catalog.muscles(), q -> show());
        forFindings.setValue(!findingPatterns.isEmpty());
        forFindings.setEnabled(!findingPatterns.isEmpty());
        forFindings.addValueChangeListener(e -> show());
        count.addClassName("result-count");
        results.addClassName("builder-results");
        add(new H2("Catalog"), forFindings, filters, count, results);
        show();
    }

    private void show() {
        CatalogQuery query = filters.query();
        List<CatalogHit> hits = forFindings.getValue() && query.patternSlug() == null
                ? catalog.searchForPatterns(query, findingPatterns) : catalog.search(query);
        count.setText(hits.size() + (hits.size() == 1 ? " exercise" : " exercises")
                + (hits.size() > SHOWN ? ", showing the first " + SHOWN : ""));
        results.removeAll();
        hits.stream().limit(SHOWN).forEach(hit -> results.add(row(hit)));
    }

    private Div row(CatalogHit hit) {
        ExerciseCard exercise = hit.exercise();
        var name = new Anchor(ExerciseView.route(exercise.slug()), exercise.name(), AnchorTarget.BLANK);
        name.addClassName("builder-hit-name");
        var facts = new Span(exercise.kind().label() + " · level " + exercise.level());
        facts.addClassName("builder-hit-facts");
        var add = new Button("Add", VaadinIcon.PLUS.create(), e -> onAdd.accept(exercise));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setAriaLabel("Add " + exercise.name() + " to the program");
        var row = new Div(new Div(name, facts), add);
        hit.reasons().stream().limit(2).forEach(r -> {
            var reason = new Paragraph(Character.toUpperCase(r.text().charAt(0)) + r.text().substring(1));
            reason.addClassName("builder-hit-reason");
            row.add(reason);
        });
        row.addClassName("builder-hit");
        return row;
    }
}
