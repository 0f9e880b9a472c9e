package app.plumbline.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Filters exercises by a query: every word of the text must appear in the name, the summary or
 * a target muscle's name; facets must all match; with a pattern, only exercises offered for it
 * ({@link PatternFit}), in its rank order.
 */
final class CatalogSearch {

    private CatalogSearch() {
    }

    static List<CatalogHit> run(CatalogSnapshot snapshot, List<ExerciseCard> exercises, CatalogQuery query) {
        Map<String, String> muscleNames = snapshot.muscleNames();
        PatternDefinition pattern = query.patternSlug() == null ? null : snapshot.patterns().get(query.patternSlug());
        List<String> words = words(query.text());
        Comparator<CatalogHit> order = Comparator.comparing(h -> h.exercise().name());
        if (pattern != null) {
            order = Comparator.<CatalogHit>comparingInt(h -> -h.rank()).thenComparing(order);
        }
        return exercises.stream()
                .filter(e -> query.region() == null || e.region() == query.region())
                .filter(e -> query.kind() == null || e.kind() == query.kind())
                .filter(e -> query.level() == null || e.level() == query.level())
                .filter(e -> query.equipment() == null || e.equipment().contains(query.equipment()))
                .filter(e -> query.muscleSlug() == null
                        || e.targets().stream().anyMatch(t -> t.muscleSlug().equals(query.muscleSlug())))
                .filter(e -> words.isEmpty() || matches(e, words, muscleNames))
                .map(e -> hit(e, pattern, muscleNames))
                .filter(h -> pattern == null || !h.reasons().isEmpty())
                .sorted(order)
                .toList();
    }

    private static CatalogHit hit(ExerciseCard exercise, PatternDefinition pattern, Map<String, String> muscleNames) {
        if (pattern == null) {
            return new CatalogHit(exercise, List.of());
        }
        PatternFit.Assessment fit = PatternFit.assess(exercise, pattern, muscleNames);
        return fit.offered() ? new CatalogHit(exercise, fit.reasons(), fit.rank()) : new CatalogHit(exercise, List.of());
    }

    private static boolean matches(ExerciseCard exercise, List<String> words, Map<String, String> muscleNames) {
        String haystack = fold(exercise.name() + " " + exercise.summary() + " " + exercise.targets().stream()
                .map(t -> muscleNames.getOrDefault(t.muscleSlug(), t.muscleSlug()))
                .collect(Collectors.joining(" ")));
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fold(text).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case without accents, so "mobilisation" finds "Mobilisation" and "kinesio" "kinésio". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
