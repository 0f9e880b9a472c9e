package app.plumbline.catalog;

import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog as therapists browse it: the shared exercises plus their own clinic's. */
@Service
public class CatalogService {

    private final CatalogReadModel readModel;
    private final ExerciseRepository exercises;
    private final CurrentUser currentUser;

    CatalogService(CatalogReadModel readModel, ExerciseRepository exercises, CurrentUser currentUser) {
        this.readModel = readModel;
        this.exercises = exercises;
        this.currentUser = currentUser;
    }

    public List<PatternDefinition> patterns() {
        currentUser.require(Role.THERAPIST, Role.ADMIN);
        return List.copyOf(readModel.snapshot().patterns().values());
    }

    /** Every pattern's name by slug, for a patient's findings as the patient or their therapist reads them. */
    public Map<String, String> patternNames() {
        currentUser.require(Role.THERAPIST, Role.PATIENT, Role.ADMIN);
        Map<String, String> names = new java.util.HashMap<>();
        readModel.snapshot().patterns().values().forEach(p -> names.put(p.slug(), p.name()));
        return names;
    }

    public List<MuscleDefinition> muscles() {
        currentUser.require(Role.THERAPIST, Role.ADMIN);
        return readModel.snapshot().muscles().values().stream()
                .sorted(Comparator.comparing(MuscleDefinition::name)).toList();
    }

    public List<CatalogHit> search(CatalogQuery query) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.ADMIN);
        CatalogSnapshot snapshot = readModel.snapshot();
        return CatalogSearch.run(snapshot, snapshot.visibleTo(user.clinicId()), query);
    }

    /**
     * Exercises fitting any of the given patterns (a patient's findings), each with every reason it
     * fits; those addressing the most come first. Other facets of the query still apply.
     */
    public List<CatalogHit> searchForPatterns(CatalogQuery query, java.util.Collection<String> patternSlugs) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.ADMIN);
        CatalogSnapshot snapshot = readModel.snapshot();
        Map<Long, CatalogHit> merged = new java.util.LinkedHashMap<>();
        for (String slug : patternSlugs) {
            for (CatalogHit hit : CatalogSearch.run(snapshot, snapshot.visibleTo(user.clinicId()),
                    query.withPattern(slug))) {
                merged.merge(hit.exercise().id(), hit, (a, b) -> new CatalogHit(a.exercise(),
                        java.util.stream.Stream.concat(a.reasons().stream(), b.reasons().stream()).toList()));
            }
        }
        List<PatternDefinition> patterns = patternSlugs.stream().map(snapshot.patterns()::get)
                .filter(Objects::nonNull).toList();
        return merged.values().stream()
                .map(h -> new CatalogHit(h.exercise(), h.reasons(), PatternFit.rank(h.exercise(), patterns)))
                .sorted(Comparator.<CatalogHit>comparingInt(h -> -h.rank())
                        .thenComparing(h -> h.exercise().name()))
                .toList();
    }

    public Optional<PatternPage> pattern(String slug) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.ADMIN);
        CatalogSnapshot snapshot = readModel.snapshot();
        PatternDefinition pattern = snapshot.patterns().get(slug);
        if (pattern == null) {
            return Optional.empty();
        }
        Map<String, String> names = snapshot.muscleNames();
        List<CatalogHit> hits = CatalogSearch.run(snapshot, snapshot.visibleTo(user.clinicId()),
                CatalogQuery.all().withPattern(slug));
        return Optional.of(new PatternPage(pattern,
                named(pattern.overactive(), names), named(pattern.underactive(), names),
                onSide(hits, FitReason.Side.OVERACTIVE), onSide(hits, FitReason.Side.UNDERACTIVE),
                hits.stream().filter(h -> h.reasons().stream().allMatch(r -> r.side() == FitReason.Side.LINKED))
                        .toList(),
                leftOut(snapshot.visibleTo(user.clinicId()), pattern, names)));
    }

    @Transactional(readOnly = true)
    public Optional<ExerciseDetails> exercise(String slug) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.ADMIN);
        CatalogSnapshot snapshot = readModel.snapshot();
        List<ExerciseCard> visible = snapshot.visibleTo(user.clinicId());
        Optional<ExerciseCard> card = snapshot.exercises().stream()
                .filter(e -> e.slug().equals(slug) && snapshot.byId(List.of(e.id()), user.clinicId()).containsKey(e.id()))
                .findFirst();
        if (card.isEmpty()) {
            return Optional.empty();
        }
        ExerciseDefinition definition = exercises.findById(card.get().id()).orElseThrow().definition();
        Map<String, String> names = snapshot.muscleNames();
        List<ExerciseDetails.PatternFitSummary> fits = snapshot.patterns().values().stream()
                .map(p -> new ExerciseDetails.PatternFitSummary(p.slug(), p.name(),
                        PatternFit.reasons(card.get(), p, names)))
                .filter(f -> !f.reasons().isEmpty()).toList();
        return Optional.of(new ExerciseDetails(card.get(), definition.steps(), definition.cues(),
                definition.cautions(), definition.contraindications(), definition.references(), definition.evidence(),
                definition.targets().stream().map(t -> new ExerciseDetails.NamedTarget(
                        names.getOrDefault(t.muscleSlug(), t.muscleSlug()), t.action())).toList(),
                find(visible, definition.progression()), find(visible, definition.regression()), fits));
    }

    /**
     * Exercises by id as programs refer to them (retired ones included), for the signed-in
     * therapist's or patient's clinic.
     */
    public Map<Long, ExerciseCard> cards(java.util.Collection<Long> ids) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.PATIENT, Role.ADMIN);
        return readModel.snapshot().byId(java.util.Set.copyOf(ids), user.clinicId());
    }

    /** Every exercise the therapist may prescribe (the catalog plus the clinic's own, none retired). */
    public List<ExerciseCard> prescribable() {
        AccountPrincipal user = currentUser.require(Role.THERAPIST);
        return readModel.snapshot().visibleTo(user.clinicId());
    }

    /**
     * The everyday advice a therapist may prescribe: those keyed to any of the given patterns (a
     * patient's findings) first, then the rest, each group by title.
     */
    public List<AdviceDefinition> advice(java.util.Collection<String> patternSlugs) {
        currentUser.require(Role.THERAPIST, Role.ADMIN);
        return readModel.snapshot().prescribableAdvice().stream()
                .sorted(Comparator.comparing((AdviceDefinition a) -> patternSlugs.stream().noneMatch(a::concerns)))
                .toList();
    }

    /**
     * Advice items by slug in the given order, as a program refers to them (retired ones
     * included, unknown ones left out), for a program's patient or therapist.
     */
    public List<AdviceDefinition> adviceItems(List<String> slugs) {
        currentUser.require(Role.THERAPIST, Role.PATIENT, Role.ADMIN);
        Map<String, AdviceDefinition> all = readModel.snapshot().advice();
        return slugs.stream().map(all::get).filter(Objects::nonNull).toList();
    }

    /** How to do each exercise (steps, cues, cautions), for a program's patient or therapist. */
    public Map<Long, Instructions> instructions(java.util.Collection<Long> ids) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.PATIENT);
        return readModel.snapshot().instructions(ids, user.clinicId());
    }

    public record Instructions(List<String> steps, List<String> cues, List<String> cautions,
            List<String> contraindications) {

        public Instructions {
            steps = copy(steps);
            cues = copy(cues);
            cautions = copy(cautions);
            contraindications = copy(contraindications);
        }

        private static List<String> copy(List<String> lines) {
            return lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** The picture of an exercise, for anyone signed in who may see that exercise. */
    @Transactional(readOnly = true)
    public Optional<Illustration> illustration(Long exerciseId) {
        AccountPrincipal user = currentUser.require();
        return exercises.findById(exerciseId)
                .filter(e -> e.getClinicId() == null || Objects.equals(e.getClinicId(), user.clinicId()))
                .map(e -> e.definition().illustration());
    }

    private static List<PatternPage.LeftOut> leftOut(List<ExerciseCard> visible, PatternDefinition pattern,
            Map<String, String> names) {
        List<PatternPage.LeftOut> leftOut = new java.util.ArrayList<>();
        for (ExerciseCard exercise : visible) {
            PatternFit.Assessment fit = PatternFit.assess(exercise, pattern, names);
            if (fit.conflict()) {
                leftOut.add(new PatternPage.LeftOut(exercise, fit.against()));
            }
        }
        return leftOut;
    }

    private static List<PatternPage.NamedMuscle> named(List<PatternMuscle> muscles, Map<String, String> names) {
        return muscles.stream().map(m -> new PatternPage.NamedMuscle(m.muscleSlug(),
                names.getOrDefault(m.muscleSlug(), m.muscleSlug()), m.why())).toList();
    }

    private static List<CatalogHit> onSide(List<CatalogHit> hits, FitReason.Side side) {
        return hits.stream().filter(h -> h.reasons().stream().anyMatch(r -> r.side() == side))
                .map(h -> new CatalogHit(h.exercise(), h.reasons().stream().filter(r -> r.side() == side).toList(),
                        h.rank()))
                .toList();
    }

    private static ExerciseCard find(List<ExerciseCard> visible, String slug) {
        return slug == null ? null : visible.stream().filter(e -> e.slug().equals(slug)).findFirst().orElse(null);
    }
}
