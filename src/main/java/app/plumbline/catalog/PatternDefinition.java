package app.plumbline.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An imbalance pattern as the catalog describes it: read-only, shared with views. */
public record PatternDefinition(String slug, String name, Region region, boolean sided, List<String> aliases,
        String description, String patientDescription, List<PatternMuscle> muscles, List<String> signs,
        List<String> references) {

    public List<PatternMuscle> overactive() {
        return muscles.stream().filter(m -> m.role() == PatternMuscle.Role.OVERACTIVE).toList();
    }

    public List<PatternMuscle> underactive() {
        return muscles.stream().filter(m -> m.role() == PatternMuscle.Role.UNDERACTIVE).toList();
    }

    public Set<String> muscleSlugs(PatternMuscle.Role role) {
        return muscles.stream().filter(m -> m.role() == role).map(PatternMuscle::muscleSlug)
                .collect(Collectors.toSet());
    }
}
