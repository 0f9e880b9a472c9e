package app.plumbline.workbench;

import app.plumbline.adherence.AdherenceService;
import app.plumbline.adherence.AlertService;
import app.plumbline.adherence.StandingService;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.program.ProgramService;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.SignIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
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
 * year of daily logs (or {@code -Dbench.patients=1000}), generated once into {@code target/bench-data/}
 * (minutes; later runs reuse it). Prints server times; asserts nothing on time. A row that repeats
 * one read with nothing written between its rounds may be served from H2's cache of the query's
 * last result; "standings computed" writes before each round and so pays for its reads.
 * Run: ./mvnw -Pbench test -Dtest=TherapistHomeBenchmark [-Dbench.patients=1000]
 */
@SpringBootTest
@ActiveProfiles("generated")
@TestPropertySource(properties = {"plumbline.data-dir=target/bench-data/generated-${bench.patients:300}x365",
        "plumbline.generated.patients=${bench.patients:300}", "plumbline.generated.days=365",
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
    @Autowired
    StandingService standings;
    @Autowired
    ProgramService programs;
    @Autowired
    app.plumbline.sessionlog.SessionFigures sessions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void therapistHome() {
        signIn.as("therapist01");
        List<PatientSummary> all = patients.clinicPatients();
        Long patient = all.getFirst().id();
        KaribuTest.mockVaadin(context);
        try {
            signIn.as("therapist01");
            System.out.printf("%nGenerated clinic: %d patients; wall median / p90 / max, thread CPU median / p90, in ms, over %d warm rounds:%n",
                    all.size(), ROUNDS);
            List<Long> ids = all.stream().map(PatientSummary::id).toList();
            report("  patients of the clinic", () -> patients.clinicPatients().size());
            report("  active programs", () -> programs.overviews(ids).size());
            // The services' today (this benchmark runs on the real clock, as the generated clinic was made).
            var today = java.time.LocalDate.now(clock);
            report("    program histories", () -> programs.histories(ids).size());
            report("    recent figures (SQL)", () -> sessions.recentFigures(ids, today.minusDays(13), today.minusDays(6),
                    today).size());
            report("  standings computed (the day's first view)", () -> {
                jdbc.update("update patient_standing set as_of = null");
                return standings.standings(ids).size();
            });
            report("  standings kept (every later view)", () -> standings.standings(ids).size());
            var standing = standings.standings(ids);
            report("  alerts from the standings", () -> alerts.needsAttention(all, standing).size());
            report("Needs attention (all alerts)", () -> alerts.needsAttention().size());
            // From another view each time: navigating to the view already shown does nothing.
            report("Therapist home, whole view (PatientsView)", () -> UI.getCurrent().navigate("account/password"),
                    () -> {
                        UI.getCurrent().navigate("patients");
                        // As before a response: the grid reads its first page.
                        MockVaadin.clientRoundtrip(false);
                        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().size();
                    });
            report("One patient's charts (8-week report)", () -> adherence.report(signIn.ref(patient), 8).weeks().size());
            System.out.println();
        } finally {
            MockVaadin.tearDown();
            signIn.out();
        }
    }

    /**
     * Wall time and the thread's CPU time: embedded H2 runs on the calling thread, so CPU time
     * counts the database work too and is less disturbed by other processes on a busy machine.
     */
    private static void report(String what, Supplier<Integer> work) {
        report(what, () -> { }, work);
    }

    /** As above, with {@code before} run ahead of each round, outside the time. */
    private static void report(String what, Runnable before, Supplier<Integer> work) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            before.run();
            work.get();
        }
        long[] wall = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            before.run();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("  %-45s %7.1f / %7.1f / %7.1f   cpu %7.1f / %7.1f%n", what, wall[ROUNDS / 2] / 1e6,
                wall[ROUNDS * 9 / 10] / 1e6, wall[ROUNDS - 1] / 1e6, cpu[ROUNDS / 2] / 1e6, cpu[ROUNDS * 9 / 10] / 1e6);
    }
}
