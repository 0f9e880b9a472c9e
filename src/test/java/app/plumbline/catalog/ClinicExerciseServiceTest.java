package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.importer.CatalogFixture;
import app.plumbline.catalog.importer.CatalogParser;
import app.plumbline.security.Role;
import app.plumbline.security.SystemAccounts;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class ClinicExerciseServiceTest {

    static final Illustration PICTURE = new Illustration(Illustration.SVG,
            CatalogFixture.SVG.getBytes(StandardCharsets.UTF_8));

    @Autowired
    ClinicExerciseService clinicExercises;
    @Autowired
    CatalogService catalog;
    @Autowired
    SystemAccounts system;
    @Autowired
    ExerciseRepository repository;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static ClinicExerciseInput input(String name) {
        return input(name, new Dosage(2, 10, 5, 30, Side.NONE, 2, 7, null));
    }

    static ClinicExerciseInput input(String name, Dosage dosage) {
        return input(name, dosage, List.of());
    }

    static ClinicExerciseInput input(String name, Dosage dosage, List<String> references) {
        return new ClinicExerciseInput(name, "Roll the towel and squeeze gently.", Action.ACTIVATE, Region.NECK, 2,
                List.of(Equipment.TOWEL), List.of(new MuscleTarget("deep-neck-flexors", Action.ACTIVATE)),
                List.of("Lie on your back.", "Nod gently.", ""), List.of("Small movement"), List.of(), List.of(),
                dosage, null, "chin-tuck", references, null, PICTURE);
    }

    @Test
    void clinicExerciseIsSearchableInItsClinicOnly() {
        signIn.as("anna.berg");
        ExerciseCard created = clinicExercises.create(input("Towel nod"));

        assertThat(created.slug()).matches("c\\d+-towel-nod");
        assertThat(catalog.search(CatalogQuery.all().withText("towel nod")))
                .extracting(h -> h.exercise().slug()).containsExactly(created.slug());
        assertThat(catalog.search(CatalogQuery.all().withPattern("forward-head-posture")))
                .extracting(h -> h.exercise().slug()).contains(created.slug());

        Long otherClinic = system.createClinic("Elsewhere", false).getId();
        system.ensureAccount(otherClinic, "elsewhere.pt", "Else Where", Role.THERAPIST, "long enough pw");
        signIn.as("elsewhere.pt");
        assertThat(catalog.search(CatalogQuery.all().withText("towel nod"))).isEmpty();
        assertThat(catalog.exercise(created.slug())).isEmpty();
        assertThat(catalog.illustration(created.id())).isEmpty();
        assertThatThrownBy(() -> clinicExercises.edit(created.slug())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinicExercises.exportYaml(created.slug())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinicExercises.update(created.slug(), 0, input("Stolen")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyProblemIsNamedAndNothingIsSaved() {
        signIn.as("anna.berg");
        long before = repository.count();
        var bad = new ClinicExerciseInput(" ", null, null, Region.NECK, 9, null,
                List.of(new MuscleTarget("no-such-muscle", Action.STRETCH)), List.of(), null, null, null,
                new Dosage(0, null, null, null, Side.NONE, 1, 7, null), "no-such-exercise", null, null, "x".repeat(401),
                new Illustration(Illustration.SVG, "<svg><script/></svg>".getBytes()));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> clinicExercises.create(bad));

        assertThat(e.problems()).extracting(FieldProblem::field).contains("name", "summary", "kind", "level",
                "targets", "steps", "sets", "reps", "progression", "evidence", "illustration");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aMuscleRowWithAnActionButNoMuscleIsNamed() {
        signIn.as("anna.berg");
        var noMuscle = new ClinicExerciseInput("No muscle", "Only an action was chosen.", Action.STRETCH, Region.NECK,
                1, null, List.of(new MuscleTarget(null, Action.STRETCH)), List.of("Do it."), null, null, null,
                new Dosage(1, 5, null, null, Side.NONE, 1, 7, null), null, null, null, null, null);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> clinicExercises.create(noMuscle));

        assertThat(e.problems()).extracting(FieldProblem::field).contains("targets");
    }

    @Test
    void secondSaveOfAStaleVersionIsRefused() {
        signIn.as("anna.berg");
        ExerciseCard created = clinicExercises.create(input("Stale check"));
        long loaded = clinicExercises.edit(created.slug()).version();

        clinicExercises.update(created.slug(), loaded, input("Stale check, first edit"));

        assertThatThrownBy(() -> clinicExercises.update(created.slug(), loaded, input("Stale check, second edit")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(clinicExercises.edit(created.slug()).definition().name()).isEqualTo("Stale check, first edit");
    }

    @Test
    void intensityAndTempoAreStoredAndExportedAsTheCatalogWritesThem() {
        signIn.as("tom.ruiz");
        var dosage = new Dosage(3, 8, null, 45, Side.ALTERNATING, 1, 3, null,
                Intensity.kg(new java.math.BigDecimal("2.5")), new Tempo(2, 1, 3));
        ExerciseCard created = clinicExercises.create(input("Weighted nod", dosage));

        assertThat(clinicExercises.edit(created.slug()).definition().dosage()).isEqualTo(dosage);
        assertThat(clinicExercises.exportYaml(created.slug()))
                .contains("intensity:\n    kg: 2.5\n", "tempo:\n    lift: 2\n    pause: 1\n    lower: 3\n");
    }

    @Test
    void exportedYamlImportsBackIntoTheCatalogUnchanged() {
        signIn.as("tom.ruiz");
        // A catalog file needs a reference or an evidence statement; the clinic's form asks only for references.
        ExerciseCard created = clinicExercises.create(input("Export me", new Dosage(2, 10, 5, 30, Side.NONE, 2, 7,
                null), List.of("Gross A, Kay TM, Paquin JP, et al. Exercises for mechanical neck disorders (2015).")));
        ExerciseDefinition stored = clinicExercises.edit(created.slug()).definition();
        String yaml = clinicExercises.exportYaml(created.slug());

        Map<String, byte[]> files = new HashMap<>(new CatalogFixture().files);
        files.put("neck/" + created.slug() + ".yaml", yaml.replace("regression: chin-tuck\n", "standalone: true\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("img/" + created.slug() + ".svg", PICTURE.bytes());
        files.put("muscles.yaml", new CatalogFixture().files.get("muscles.yaml"));
        ExerciseDefinition reimported = new CatalogParser().parse(files).exercises().stream()
                .filter(e -> e.slug().equals(created.slug())).findFirst().orElseThrow();

        assertThat(reimported.name()).isEqualTo(stored.name());
        assertThat(reimported.steps()).isEqualTo(stored.steps());
        assertThat(reimported.dosage()).isEqualTo(stored.dosage());
        assertThat(reimported.targets()).isEqualTo(stored.targets());
        assertThat(reimported.equipment()).isEqualTo(stored.equipment());
        assertThat(reimported.references()).isEqualTo(stored.references()).hasSize(1);
        assertThat(yaml).contains("regression: chin-tuck");
    }

    @Test
    void patientsCannotCreateExercises() {
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> clinicExercises.create(input("Nope"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.search(CatalogQuery.all())).isInstanceOf(AccessDeniedException.class);
    }
}
