package app.plumbline.outcome;

import java.time.Instant;

/** A licensed measure on the admin's import screen: whether this clinic imported its texts, who and when. */
public record LicensedMeasure(String slug, String shortName, String name, String licenceNote, boolean imported,
        String importedBy, Instant importedAt) {
}
