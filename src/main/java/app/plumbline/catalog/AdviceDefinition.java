package app.plumbline.catalog;

import java.util.List;

/**
 * Everyday advice keyed to patterns (screen height, sleeping position, breaks): prescribed and
 * printed like an exercise, but with no dosage. References are real sources; without one,
 * evidence says plainly how weak the support is.
 */
public record AdviceDefinition(String slug, String title, String text, List<PatternLink> patterns,
        List<String> references, String evidence) {

    public AdviceDefinition {
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public boolean concerns(String patternSlug) {
        return patterns.stream().anyMatch(p -> p.patternSlug().equals(patternSlug));
    }
}
