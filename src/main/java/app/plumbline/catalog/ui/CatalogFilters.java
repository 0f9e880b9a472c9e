package app.plumbline.catalog.ui;

import app.plumbline.catalog.Action;
import app.plumbline.catalog.CatalogQuery;
import app.plumbline.catalog.Equipment;
import app.plumbline.catalog.MuscleDefinition;
import app.plumbline.catalog.PatternDefinition;
import app.plumbline.catalog.Region;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Search box and facets; tells its listener the query whenever anything changes. */
public class CatalogFilters extends Div {

    final TextField search = new TextField();
    final ComboBox<PatternDefinition> pattern = new ComboBox<>("Pattern");
    final ComboBox<Region> region = new ComboBox<>("Region");
    final ComboBox<MuscleDefinition> muscle = new ComboBox<>("Muscle");
    final ComboBox<Action> kind = new ComboBox<>("Kind");
    final ComboBox<Equipment> equipment = new ComboBox<>("Equipment");
    final ComboBox<Integer> level = new ComboBox<>("Level");

    public CatalogFilters(List<PatternDefinition> patterns, List<MuscleDefinition> muscles,
            Consumer<CatalogQuery> onChange) {
        addClassName("catalog-filters");
        search.setLabel("Search");
        search.setPlaceholder("Name, summary or muscle, e.g. chin");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(200);
        search.setMaxLength(100);
        search.addClassName("catalog-search");

        pattern.setItems(patterns);
        pattern.setItemLabelGenerator(PatternDefinition::name);
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::label);
        muscle.setItems(muscles);
        muscle.setItemLabelGenerator(MuscleDefinition::name);
        kind.setItems(Action.values());
        kind.setItemLabelGenerator(Action::label);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        level.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        level.setItemLabelGenerator(l -> "Level " + l);
        List.of(pattern, region, muscle, kind, equipment, level).forEach(c -> {
            c.setClearButtonVisible(true);
            c.setPlaceholder("Any");
            c.addValueChangeListener(e -> onChange.accept(query()));
        });
        search.addValueChangeListener(e -> onChange.accept(query()));

        var clear = new Button("Clear filters", e -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var facets = new Div(pattern, region, muscle, kind, equipment, level, clear);
        facets.addClassName("catalog-facets");
        add(search, facets);
    }

    public CatalogQuery query() {
        return new CatalogQuery(search.getValue(),
                pattern.getValue() == null ? null : pattern.getValue().slug(),
                region.getValue(),
                muscle.getValue() == null ? null : muscle.getValue().slug(),
                kind.getValue(), equipment.getValue(), level.getValue());
    }

    public void selectPattern(String slug) {
        pattern.getListDataView().getItems().filter(p -> p.slug().equals(slug)).findFirst()
                .ifPresent(pattern::setValue);
    }

    private void clear() {
        search.clear();
        List.of(pattern, region, muscle, kind, equipment, level).forEach(ComboBox::clear);
    }
}
