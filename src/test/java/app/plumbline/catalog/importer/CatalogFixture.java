package app.plumbline.catalog.importer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A small valid catalog in memory that each test breaks in one way. */
public final class CatalogFixture {

    public static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160"><title>x</title>\
            <circle cx="10" cy="10" r="5"/></svg>""";

    public final Map<String, byte[]> files = new HashMap<>();

    public CatalogFixture() {
        put("muscles.yaml", """
                muscles:
                  - {slug: upper-trapezius, name: Upper trapezius, region: neck}
                  - {slug: deep-neck-flexors, name: Deep neck flexors, region: neck}
                """);
        put("patterns.yaml", """
                patterns:
                  - slug: forward-head-posture
                    name: Forward head posture
                    region: neck
                    sided: false
                    description: Head forward of the plumb line.
                    patientDescription: Your head sits forward.
                    overactive: [upper-trapezius]
                    underactive:
                      - {muscle: deep-neck-flexors, why: Lengthened and weak.}
                    signs: [Chin pokes forward]
                """);
        exercise("neck", "chin-tuck", "deep-neck-flexors", "activate", "chin-tuck-press", null);
        exercise("neck", "chin-tuck-press", "deep-neck-flexors", "strengthen", null, "chin-tuck");
        exercise("neck", "side-neck-stretch", "upper-trapezius", "stretch", null, null);
        replace("neck/chin-tuck-press.yaml", "level: 2", "level: 3");
        replace("neck/side-neck-stretch.yaml", "equipment:", "standalone: true\nequipment:");
    }

    CatalogFixture exercise(String folder, String slug, String muscle, String action, String progression,
            String regression) {
        put(folder + "/" + slug + ".yaml", """
                slug: %s
                name: %s
                summary: A summary.
                kind: %s
                region: neck
                level: 2
                equipment: [chair]
                targets:
                  - {muscle: %s, action: %s}
                steps: [Sit tall., Move., Return.]
                dosage: {sets: 2, reps: 10, holdSeconds: 5, side: none, timesPerDay: 2, daysPerWeek: 7}
                evidence: No trial has tested this exercise on its own.
                %s
                %s
                """.formatted(slug, slug.replace('-', ' '), action, muscle, action,
                progression == null ? "" : "progression: " + progression,
                regression == null ? "" : "regression: " + regression));
        put("img/" + slug + ".svg", SVG);
        return this;
    }

    CatalogFixture put(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    CatalogFixture replace(String path, String from, String to) {
        String content = new String(files.get(path), StandardCharsets.UTF_8);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(path + " has no '" + from + "'");
        }
        return put(path, content.replace(from, to));
    }

    ParsedCatalog parse() {
        return new CatalogParser().parse(files);
    }
}
