package app.plumbline.catalog.importer;

import app.plumbline.catalog.Action;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Equipment;
import app.plumbline.catalog.ExerciseDefinition;
import app.plumbline.catalog.Illustration;
import app.plumbline.catalog.IllustrationCheck;
import app.plumbline.catalog.MuscleTarget;
import app.plumbline.catalog.PatternLink;
import app.plumbline.catalog.Region;
import app.plumbline.catalog.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one exercise file, already checked against {@code exercise.schema.json}, and its
 * illustration; checks what the schema cannot say: the slug equals the file name, the region
 * equals the folder, the muscles and patterns it names exist, the illustration is there and safe.
 */
final class ExerciseFileReader {

    /** Acknowledges that this exercise's progression has contraindications this one lacks. */
    static final String ACKNOWLEDGE_FIELD = "progressionAddsContraindication";
    static final String ACKNOWLEDGED = "acknowledged";

    ExerciseDefinition read(YamlFields file, String folder, String fileSlug, byte[] image, Set<String> muscles,
            Set<String> patterns) {
        String slug = file.text("slug");
        if (slug != null && !slug.equals(fileSlug)) {
            file.problem("slug", "'" + slug + "' must equal the file name '" + fileSlug + "'");
        }
        String name = file.text("name");
        String summary = file.text("summary");
        Action kind = file.code("kind", Action::fromCode);
        Region region = file.code("region", Region::fromCode);
        if (region != null && !region.code().equals(folder)) {
            file.problem("region", "'" + region.code() + "' does not match the folder '" + folder + "'");
        }
        Integer level = file.integer("level");
        List<Equipment> equipment = file.texts("equipment").stream()
                .map(code -> YamlFields.parseCode(code, Equipment::fromCode)).filter(Objects::nonNull).toList();
        List<MuscleTarget> targets = targets(file, muscles);
        List<String> steps = file.texts("steps");
        List<String> cues = file.texts("cues");
        List<String> cautions = file.texts("cautions");
        List<String> contraindications = file.texts("contraindications");
        Dosage dosage = dosage(file.object("dosage"));
        String progression = file.text("progression");
        String regression = file.text("regression");
        List<PatternLink> links = links(file, patterns);
        List<String> references = file.texts("references");
        Illustration illustration = new Illustration(Illustration.SVG, image);
        if (image == null) {
            file.problem("illustration", "missing img/" + fileSlug + ".svg");
        } else {
            IllustrationCheck.problem(illustration)
                    .ifPresent(p -> file.problem("illustration", "img/" + fileSlug + ".svg: " + p));
        }
        if (slug == null || name == null || summary == null || kind == null || region == null || level == null
                || dosage == null || image == null) {
            return null;
        }
        return new ExerciseDefinition(slug, name, summary, kind, region, level, equipment, targets, steps, cues,
                cautions, contraindications, dosage, progression, regression, links, references, file.text("evidence"),
                illustration);
    }

    /**
     * The optional fields only the progression graph check reads: {@code standalone: true} (no
     * progression or regression on purpose) and {@code progressionAddsContraindication:
     * acknowledged}.
     */
    GraphFlags graphFlags(YamlFields file) {
        return new GraphFlags(Boolean.TRUE.equals(file.bool("standalone")),
                ACKNOWLEDGED.equals(file.text(ACKNOWLEDGE_FIELD)));
    }

    record GraphFlags(boolean standalone, boolean progressionAddsContraindication) {
        static final GraphFlags NONE = new GraphFlags(false, false);
    }

    private List<MuscleTarget> targets(YamlFields file, Set<String> muscles) {
        List<MuscleTarget> targets = new ArrayList<>();
        for (YamlFields target : file.items("targets")) {
            String muscle = target.isObject() ? target.text("muscle") : null;
            Action action = target.isObject() ? target.code("action", Action::fromCode) : null;
            if (muscle != null && !muscles.contains(muscle)) {
                target.problem("muscle", "unknown muscle '" + muscle + "' (not in muscles.yaml)");
            } else if (muscle != null && action != null) {
                targets.add(new MuscleTarget(muscle, action));
            }
        }
        return targets;
    }

    private static Dosage dosage(YamlFields dosage) {
        if (dosage == null) {
            return null;
        }
        return new Dosage(dosage.integer("sets"), dosage.integer("reps"), dosage.integer("holdSeconds"),
                dosage.integer("restSeconds"), dosage.code("side", Side::fromCode), dosage.integer("timesPerDay"),
                dosage.integer("daysPerWeek"), dosage.text("note"), IntensityTempoReader.intensity(dosage),
                IntensityTempoReader.tempo(dosage));
    }

    private List<PatternLink> links(YamlFields file, Set<String> patterns) {
        List<PatternLink> links = new ArrayList<>();
        for (YamlFields link : file.items("patterns")) {
            String pattern = link.isObject() ? link.text("pattern") : null;
            String why = link.isObject() ? link.text("why") : null;
            if (pattern != null && !patterns.contains(pattern)) {
                link.problem("pattern", "unknown pattern '" + pattern + "' (not in patterns.yaml)");
            } else if (pattern != null && why != null) {
                links.add(new PatternLink(pattern, why));
            }
        }
        return links;
    }
}
