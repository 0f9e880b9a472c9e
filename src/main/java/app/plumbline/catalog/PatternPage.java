package app.plumbline.catalog;

import java.util.List;

/**
 * A pattern with its muscles named, the exercises for each side of the imbalance (best first) and
 * those left out because one of their targets works against the pattern.
 */
public record PatternPage(PatternDefinition pattern, List<NamedMuscle> overactive, List<NamedMuscle> underactive,
        List<CatalogHit> forOveractive, List<CatalogHit> forUnderactive, List<CatalogHit> linked,
        List<LeftOut> leftOut) {

    public record NamedMuscle(String slug, String name, String why) {
    }

    /** An exercise that would help the pattern but is not offered, and why. */
    public record LeftOut(ExerciseCard exercise, List<String> against) {
    }
}
