package app.plumbline.catalog;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Sha256;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinic's own exercises: created and edited by its therapists, seen only within the clinic. */
@Service
public class ClinicExerciseService {

    private final ExerciseRepository exercises;
    private final CatalogReadModel readModel;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClinicExerciseService(ExerciseRepository exercises, CatalogReadModel readModel, CurrentUser currentUser,
            Clock clock) {
        this.exercises = exercises;
        this.readModel = readModel;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<ExerciseCard> clinicExercises() {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return readModel.snapshot().exercises().stream()
                .filter(e -> Objects.equals(e.clinicId(), therapist.clinicId())).toList();
    }

    /** The exercise's content and version, for the edit form. */
    @Transactional(readOnly = true)
    public Editable edit(String slug) {
        Exercise exercise = own(slug);
        return new Editable(exercise.definition(), exercise.getVersion());
    }

    @Transactional
    public ExerciseCard create(ClinicExerciseInput input) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        check(input, therapist, true);
        Exercise exercise = new Exercise(newSlug(therapist.clinicId(), input.name()), therapist.clinicId());
        ExerciseDefinition definition = input.definition(exercise.getSlug(), input.illustration());
        exercise.update(definition, hash(definition), clock.instant());
        exercises.saveAndFlush(exercise);
        readModel.refresh();
        return ExerciseCard.of(exercise.getId(), exercise.getClinicId(), definition);
    }

    /** Saves changes made to the version the therapist loaded; refuses if someone saved in between. */
    @Transactional
    public ExerciseCard update(String slug, long loadedVersion, ClinicExerciseInput input) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        Exercise exercise = own(slug);
        if (exercise.getVersion() != loadedVersion) {
            throw new ObjectOptimisticLockingFailureException(Exercise.class, exercise.getId());
        }
        check(input, therapist, false);
        Illustration picture = input.illustration() != null ? input.illustration()
                : exercise.definition().illustration();
        ExerciseDefinition definition = input.definition(slug, picture);
        exercise.update(definition, hash(definition), clock.instant());
        exercises.saveAndFlush(exercise);
        readModel.refresh();
        return ExerciseCard.of(exercise.getId(), exercise.getClinicId(), definition);
    }

    /** The exercise as a file in the catalog format (exercises/&lt;region&gt;/&lt;slug&gt;.yaml). */
    @Transactional(readOnly = true)
    public String exportYaml(String slug) {
        return ExerciseYaml.write(own(slug).definition());
    }

    /** What exercises a progression or regression may point to: those the clinic can see. */
    public List<ExerciseCard> linkable() {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return readModel.snapshot().visibleTo(therapist.clinicId());
    }

    public record Editable(ExerciseDefinition definition, long version) {
    }

    private void check(ClinicExerciseInput input, AccountPrincipal therapist, boolean creating) {
        CatalogSnapshot snapshot = readModel.snapshot();
        Set<String> linkable = snapshot.visibleTo(therapist.clinicId()).stream().map(ExerciseCard::slug)
                .collect(Collectors.toSet());
        List<FieldProblem> problems = input.problems(snapshot.muscles().keySet(), linkable, creating);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Exercise own(String slug) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return exercises.findBySlug(slug)
                .filter(e -> Objects.equals(e.getClinicId(), therapist.clinicId()))
                .orElseThrow(() -> new AccessDeniedException("No such exercise in your clinic"));
    }

    private String newSlug(Long clinicId, String name) {
        String base = "c" + clinicId + "-" + Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.length() > 100 ? base.substring(0, 100).replaceAll("-$", "") : base;
        if (base.endsWith("-")) {
            base = base + "exercise";
        }
        String slug = base;
        for (int n = 2; exercises.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String hash(ExerciseDefinition definition) {
        return Sha256.hex(ExerciseYaml.write(definition).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                definition.illustration().bytes());
    }
}
