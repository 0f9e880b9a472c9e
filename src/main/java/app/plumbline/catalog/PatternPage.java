package app.plumbline.catalog;

import java.util.List;

/** A pattern with its muscles named and the exercises for each side of the imbalance. */
public record PatternPage(PatternDefinition pattern, List<NamedMuscle> overactive, List<NamedMuscle> underactive,
        List<CatalogHit> forOveractive, List<CatalogHit> forUnderactive, List<CatalogHit> linked) {

    public record NamedMuscle(String slug, String name, String why) {
    }
}
