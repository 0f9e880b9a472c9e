package app.plumbline.catalog;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A muscle on one side of an imbalance pattern, and why it is put there. */
@Embeddable
public record PatternMuscle(String muscleSlug, @Enumerated(EnumType.STRING) Role role, String why) {

    public enum Role { OVERACTIVE, UNDERACTIVE }
}
