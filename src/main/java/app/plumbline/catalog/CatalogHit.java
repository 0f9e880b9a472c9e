package app.plumbline.catalog;

import java.util.List;

/** An exercise found by a search, with the reasons it fits the chosen pattern (if one was chosen). */
public record CatalogHit(ExerciseCard exercise, List<FitReason> reasons) {
}
