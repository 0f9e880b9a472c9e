package app.plumbline.catalog;

import java.util.List;

/**
 * An exercise found by a search, with the reasons it fits the chosen pattern (if one was chosen)
 * and its rank there ({@link PatternFit.Assessment#rank()}; 0 without a pattern).
 */
public record CatalogHit(ExerciseCard exercise, List<FitReason> reasons, int rank) {

    public CatalogHit(ExerciseCard exercise, List<FitReason> reasons) {
        this(exercise, reasons, 0);
    }
}
