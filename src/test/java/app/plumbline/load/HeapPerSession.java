package app.plumbline.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Heap per session, Vaadin's way: warm up, full GC, live heap; open N sessions and keep them
 * alive; full GC, live heap again; the difference divided by N. Once for patients on Today and
 * once for therapists on their home screen. Needs the server's pid for jcmd.
 */
public final class HeapPerSession {

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        if (settings.serverPid() <= 0) {
            throw new IllegalArgumentException("-Dload.pid=<server pid> is needed for jcmd");
        }
        ServerProbe server = new ServerProbe(settings.serverPid());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        int n = settings.heapSessions();
        Stats stats = new Stats();
        stats.recording = true;

        Consumer<VirtualBrowser> patientOnToday = b -> {
            b.open("");
            b.element("page-today");
        };
        Consumer<VirtualBrowser> therapistOnHome = b -> {
            b.open("");
            b.element("page-patients");
        };
        StringBuilder out = new StringBuilder("\n## Heap per session (" + n + " sessions each)\n\n");
        out.append("| screen | sessions | live before | live with sessions | live after closing them | growth / N | per session (freed / N) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        int therapistSessions = Integer.getInteger("load.heapTherapistSessions", n);
        List<String> results = new ArrayList<>();
        if (n > 0) {
            results.add(measure("patient on Today", settings.patients(), n, settings, http, stats, server,
                    patientOnToday, out));
        }
        if (therapistSessions > 0) {
            results.add(measure("therapist on Patients", settings.therapists(), therapistSessions, settings, http,
                    stats, server, therapistOnHome, out));
        }
        out.append("\nRound trips while opening the sessions (one client, 4 at a time):\n\n");
        out.append(Stats.Percentiles.header()).append('\n');
        for (String metric : stats.metrics()) {
            out.append(stats.percentiles(metric).row(metric)).append('\n');
        }
        out.append("Errors: ").append(stats.errorCount()).append(' ').append(stats.errors()).append('\n');
        stats.firstErrors().forEach((kind, message) -> out.append("  first ").append(kind).append(": ").append(message).append('\n'));
        out.append('\n').append(String.join("\n", results)).append('\n');
        System.out.println(out);
        String summary = System.getProperty("load.summary");
        if (summary != null) {
            Files.writeString(Path.of(summary), out.toString());
        }
        System.exit(0);
    }

    /**
     * Besides the sessions, the live heap also grows by caches that fill as more patients are read
     * (H2's page cache, Hibernate's query plans). So the figure is the heap the sessions free when
     * they are closed: (live with the sessions open - live after closing them) / N. The growth
     * from before opening them is shown next to it.
     */
    private static String measure(String name, List<String> accounts, int n, Settings settings, HttpClient http,
            Stats stats, ServerProbe server, Consumer<VirtualBrowser> screen, StringBuilder out) throws Exception {
        System.out.println("-- " + name + ": warming up");
        int warm = Math.min(Integer.getInteger("load.heapWarmup", 50), n);
        logOut(open(accounts, 0, warm, settings, http, stats, screen));
        long before = server.liveHeapBytes();
        System.out.println("-- " + name + ": opening " + n + " sessions");
        List<VirtualBrowser> sessions = open(accounts, warm, n, settings, http, stats, screen);
        // Keep them alive as an open tab does, then measure.
        parallel(sessions, VirtualBrowser::heartbeat);
        long with = server.liveHeapBytes();
        var withByClass = server.liveBytesByClass();
        parallel(sessions, VirtualBrowser::heartbeat);
        logOut(sessions);
        long after = settled(server);
        var afterByClass = server.liveBytesByClass();
        System.out.println("What one session holds, by class (bytes freed when the sessions closed / N):");
        withByClass.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), (e.getValue() - afterByClass.getOrDefault(e.getKey(), 0L))
                        / sessions.size()))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
                .forEach(e -> System.out.printf("%8d B  %s%n", e.getValue(), e.getKey()));
        System.out.println("What became live while they closed, by class (bytes grown / N):");
        afterByClass.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), (e.getValue() - withByClass.getOrDefault(e.getKey(), 0L))
                        / sessions.size()))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("%8d B  %s%n", e.getValue(), e.getKey()));
        long perSession = (with - after) / sessions.size();
        String row = String.format("| %s | %d | %.1f MB | %.1f MB | %.1f MB | %d KB | **%d KB** |%n", name,
                sessions.size(), before / 1e6, with / 1e6, after / 1e6, (with - before) / sessions.size() / 1024,
                perSession / 1024);
        System.out.print(row);
        out.append(row);
        return String.format("RESULT heap %s sessions=%d perSessionKB=%d", name.replace(' ', '-'), sessions.size(),
                perSession / 1024);
    }

    /**
     * The live heap once the server has let closed sessions go: a session's objects may still be
     * reachable for a moment after its logout has answered (with a fixed 2 GB heap, three of four
     * runs measured 120.7 MB right after 200 therapists logged out, and the class histogram a
     * second later had their objects freed). Measured again, a second apart, until it stops falling
     * by more than 1 %, five times at most.
     */
    private static long settled(ServerProbe server) throws InterruptedException {
        long live = server.liveHeapBytes();
        for (int i = 0; i < 4; i++) {
            Thread.sleep(1000);
            long again = server.liveHeapBytes();
            System.out.printf("-- live heap after closing: %.1f MB, a second later %.1f MB%n", live / 1e6, again / 1e6);
            if (again > live * 0.99) {
                return Math.min(live, again);
            }
            live = again;
        }
        return live;
    }

    private static List<VirtualBrowser> open(List<String> accounts, int offset, int count, Settings settings,
            HttpClient http, Stats stats, Consumer<VirtualBrowser> screen) throws Exception {
        List<VirtualBrowser> opened = Collections.synchronizedList(new ArrayList<>());
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(offset + i);
        }
        parallel(indexes, i -> {
            var browser = new VirtualBrowser(http, settings.baseUrl(), stats);
            browser.login(accounts.get(i % accounts.size()), settings.password());
            screen.accept(browser);
            opened.add(browser);
        });
        if (opened.size() < count) {
            throw new IllegalStateException("only " + opened.size() + " of " + count + " sessions opened: " + stats.firstErrors());
        }
        return opened;
    }

    private static void logOut(List<VirtualBrowser> sessions) throws Exception {
        parallel(sessions, VirtualBrowser::logout);
    }

    private static <T> void parallel(List<T> items, Consumer<T> action) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> action.accept(item)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
    }
}
