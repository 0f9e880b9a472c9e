package app.plumbline.workbench;

import app.plumbline.adherence.AdherenceService;
import app.plumbline.adherence.AlertService;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.SignIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The therapist's home and one patient's charts over the generated clinic: 300 patients with a
 * year of daily logs, generated once into {@code target/bench-data/} (a few minutes; later runs
 * reuse it). Prints server times; asserts nothing on time.
 * Run: ./mvnw -Pbench test -Dtest=TherapistHomeBenchmark
 */
@SpringBootTest
@ActiveProfiles("generated")
@TestPropertySource(properties = {"plumbline.data-dir=target/bench-data/generated-300x365",
        "plumbline.generated.patients=300", "plumbline.generated.days=365",
        "vaadin.devmode.devTools.enabled=false", "logging.level.org.hibernate.SQL=off"})
@Import(SignIn.class)
class TherapistHomeBenchmark {

    private static final int ROUNDS = 40;

    @Autowired
    ApplicationContext context;
    @Autowired
    SignIn signIn;
    @Autowired
    PatientService patients;
    @Autowired
    AlertService alerts;
    @Autowired
    AdherenceService adherence;

    @Test
    void therapistHome() {
        signIn.as("therapist01");
        List<PatientSummary> all = patients.clinicPatients();
        Long patient = all.getFirst().id();
        KaribuTest.mockVaadin(context);
        try {
            signIn.as("therapist01");
            System.out.printf("%nGenerated clinic: %d patients; median / p90 / max in ms over %d warm rounds:%n",
                    all.size(), ROUNDS);
            report("Needs attention (all alerts)", () -> alerts.needsAttention().size());
            report("Therapist home, whole view (PatientsView)", () -> {
                UI.getCurrent().navigate("patients");
                return 0;
            });
            report("One patient's charts (8-week report)", () -> adherence.report(patient, 8).weeks().size());
            System.out.println();
        } finally {
            MockVaadin.tearDown();
            signIn.out();
        }
    }

    private static void report(String what, Supplier<Integer> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-45s %7.1f / %7.1f / %7.1f%n", what, nanos[ROUNDS / 2] / 1e6,
                nanos[ROUNDS * 9 / 10] / 1e6, nanos[ROUNDS - 1] / 1e6);
    }
}
