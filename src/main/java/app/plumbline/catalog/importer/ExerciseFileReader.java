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
import java.util.Set;

/** Reads one exercise file and its illustration. */
final class ExerciseFileReader {

    private static final Set<String> FIELDS = Set.of("slug", "name", "summary", "kind", "region", "level",
            "equipment", "targets", "steps", "cues", "cautions", "contraindications", "dosage", "progression",
            "regression", "patterns", "references", "standalone", "progressionAddsContraindication");
    /** Acknowledges that this exercise's progression has contraindications this one lacks. */
    static final String ACKNOWLEDGE_FIELD = "progressionAddsContraindication";
    static final String ACKNOWLEDGED = "acknowledged";
    private static final Set<String> DOSAGE_FIELDS = Set.of("sets", "reps", "holdSeconds", "restSeconds", "side",
            "timesPerDay", "daysPerWeek", "note", "intensity", "tempo");

    ExerciseDefinition read(YamlFields file, String folder, String fileSlug, byte[] image, Set<String> muscles,
            Set<String> patterns) {
        file.allowOnly(FIELDS);
        String slug = CatalogParser.slug(file);
        if (slug != null && !slug.equals(fileSlug)) {
            file.problem("slug", "'" + slug + "' must equal the file name '" + fileSlug + "'");
        }
        String name = file.text("name", true, 200);
        String summary = file.text("summary", true, 1000);
        Action kind = file.code("kind", true, Action::fromCode, YamlFields.codes(Action.values(), Action::code));
        Region region = file.code("region", true, Region::fromCode, YamlFields.codes(Region.values(), Region::code));
        if (region != null && !region.code().equals(folder)) {
            file.problem("region", "'" + region.code() + "' does not match the folder '" + folder + "'");
        }
        Integer level = file.integer("level", true, 1, 5);
        List<Equipment> equipment = new ArrayList<>();
        for (String code : file.texts("equipment", false, 0, 8, 40)) {
            file.code("equipment", code, Equipment::fromCode, YamlFields.codes(Equipment.values(), Equipment::code))
                    .ifPresent(equipment::add);
        }
        List<MuscleTarget> targets = targets(file, muscles);
        List<String> steps = file.texts("steps", true, 1, 12, 600);
        List<String> cues = file.texts("cues", false, 0, 8, 300);
        List<String> cautions = file.texts("cautions", false, 0, 8, 400);
        List<String> contraindications = file.texts("contraindications", false, 0, 8, 400);
        Dosage dosage = dosage(file);
        String progression = file.text("progression", false, 80);
        String regression = file.text("regression", false, 80);
        List<PatternLink> links = links(file, patterns);
        List<String> references = file.texts("references", false, 0, 8, 600);
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
                cautions, contraindications, dosage, progression, regression, links, references, illustration);
    }

    /**
     * The optional fields only the progression graph check reads: {@code standalone: true} (no
     * progression or regression on purpose) and {@code progressionAddsContraindication:
     * acknowledged}.
     */
    GraphFlags graphFlags(YamlFields file) {
        Boolean standalone = file.bool("standalone", false);
        String acknowledged = file.text(ACKNOWLEDGE_FIELD, false, 40);
        if (acknowledged != null && !acknowledged.equals(ACKNOWLEDGED)) {
            file.problem(ACKNOWLEDGE_FIELD, "'" + acknowledged + "' must be '" + ACKNOWLEDGED + "' (or leave it out)");
        }
        return new GraphFlags(Boolean.TRUE.equals(standalone), ACKNOWLEDGED.equals(acknowledged));
    }

    record GraphFlags(boolean standalone, boolean progressionAddsContraindication) {
        static final GraphFlags NONE = new GraphFlags(false, false);
    }

    private List<MuscleTarget> targets(YamlFields file, Set<String> muscles) {
        List<MuscleTarget> targets = new ArrayList<>();
        List<YamlFields> items = file.objects("targets", true);
        if (items.isEmpty() && file.has("targets")) {
            file.problem("targets", "needs at least one muscle");
        }
        for (YamlFields target : items) {
            if (!target.isObject()) {
                target.problem("", "must be {muscle, action}");
                continue;
            }
            target.allowOnly(Set.of("muscle", "action"));
            String muscle = target.text("muscle", true, 80);
            Action action = target.code("action", true, Action::fromCode, YamlFields.codes(Action.values(), Action::code));
            if (muscle != null && !muscles.contains(muscle)) {
                target.problem("muscle", "unknown muscle '" + muscle + "' (not in muscles.yaml)");
            } else if (muscle != null && action != null) {
                targets.add(new MuscleTarget(muscle, action));
            }
        }
        return targets;
    }

    private Dosage dosage(YamlFields file) {
        YamlFields dosage = file.object("dosage");
        if (dosage == null) {
            return null;
        }
        dosage.allowOnly(DOSAGE_FIELDS);
        Dosage result = new Dosage(
                dosage.integer("sets", true, 1, Dosage.MAX_SETS),
                dosage.integer("reps", false, 1, Dosage.MAX_REPS),
                dosage.integer("holdSeconds", false, 1, Dosage.MAX_HOLD_SECONDS),
                dosage.integer("restSeconds", false, 0, Dosage.MAX_REST_SECONDS),
                dosage.code("side", false, Side::fromCode, YamlFields.codes(Side.values(), Side::code)),
                dosage.integer("timesPerDay", true, 1, Dosage.MAX_TIMES_PER_DAY),
                dosage.integer("daysPerWeek", true, 1, 7),
                dosage.text("note", false, Dosage.MAX_NOTE),
                IntensityTempoReader.intensity(dosage),
                IntensityTempoReader.tempo(dosage));
        if (result.reps() == null && result.holdSeconds() == null) {
            dosage.problem("reps", "give reps, holdSeconds, or both");
        }
        return result;
    }

    private List<PatternLink> links(YamlFields file, Set<String> patterns) {
        List<PatternLink> links = new ArrayList<>();
        for (YamlFields link : file.objects("patterns", false)) {
            if (!link.isObject()) {
                link.problem("", "must be {pattern, why}");
                continue;
            }
            link.allowOnly(Set.of("pattern", "why"));
            String pattern = link.text("pattern", true, 80);
            String why = link.text("why", true, 1000);
            if (pattern != null && !patterns.contains(pattern)) {
                link.problem("pattern", "unknown pattern '" + pattern + "' (not in patterns.yaml)");
            } else if (pattern != null && why != null) {
                links.add(new PatternLink(pattern, why));
            }
        }
        return links;
    }
}
