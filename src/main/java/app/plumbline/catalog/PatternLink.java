package app.plumbline.catalog;

import jakarta.persistence.Embeddable;

/** An explicit link to a pattern where the muscles don't tell the whole story. */
@Embeddable
public record PatternLink(String patternSlug, String why) {
}
