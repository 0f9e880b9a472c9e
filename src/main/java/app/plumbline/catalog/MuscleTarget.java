package app.plumbline.catalog;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One muscle an exercise works, and how. */
@Embeddable
public record MuscleTarget(String muscleSlug, @Enumerated(EnumType.STRING) Action action) {
}
