package app.plumbline.sheet;

import app.plumbline.clinic.PaperSize;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * How long an 8-exercise sheet takes to render once warm: the whole download (program, pictures,
 * clinic settings, template, PDF) and the PDF rendering alone. Prints figures; asserts nothing on
 * time. Wall time suffers when other processes share the machine; the CPU time of the rendering
 * thread does not. Run: ./mvnw -Pbench test -Dtest=SheetBenchmark
 */
@ServiceTest
@Import(SheetFixture.class)
class SheetBenchmark {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 40;

    @Autowired
    SheetService sheets;
    @Autowired
    SheetTemplate template;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    SheetFixture fixture;
    @Autowired
    SignIn signIn;

    @Test
    void eightExerciseSheet() {
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Bench", "Mark", 8);
        var options = new SheetOptions(PaperSize.A4, false);
        String html = template.html(sheets.contentForBenchmark(id, options));
        for (int i = 0; i < WARM_UP; i++) {
            sheets.sheet(signIn.ref(id), options);
        }
        long[] whole = new long[ROUNDS];
        long[] render = new long[ROUNDS];
        long[] renderCpu = new long[ROUNDS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            bytes = sheets.sheet(signIn.ref(id), options).bytes().length;
            long t1 = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            renderer.render(html);
            renderCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
            long t2 = System.nanoTime();
            whole[i] = t1 - t0;
            render[i] = t2 - t1;
        }
        System.out.printf("SheetBenchmark: 8-exercise A4 sheet, %d pages, %d KB, %d warm rounds%n",
                SheetFixture.pageTexts(sheets.sheet(signIn.ref(id), options).bytes()).size(), bytes / 1024, ROUNDS);
        print("whole download (service)", whole);
        print("PDF rendering only", render);
        // CPU time of the rendering thread: what a render costs when the machine is not shared.
        print("PDF rendering, CPU time", renderCpu);
        System.out.printf("  (%d processors, load average %.1f)%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        signIn.out();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-26s median %6.1f ms   p90 %6.1f ms   max %6.1f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
