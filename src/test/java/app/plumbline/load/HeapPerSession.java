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
        out.append("| screen | sessions | live heap before | live heap after | per session |\n");
        out.append("|---|---|---|---|---|\n");
        String[] results = new String[2];
        results[0] = measure("patient on Today", settings.patients(), n, settings, http, stats, server, patientOnToday, out);
        results[1] = measure("therapist on Patients", settings.therapists(), n, settings, http, stats, server,
                therapistOnHome, out);
        out.append("\nRound trips while opening the sessions (one client, 4 at a time):\n\n");
        out.append(Stats.Percentiles.header()).append('\n');
        for (String metric : stats.metrics()) {
            out.append(stats.percentiles(metric).row(metric)).append('\n');
        }
        out.append("Errors: ").append(stats.errorCount()).append(' ').append(stats.errors()).append('\n');
        stats.firstErrors().forEach((kind, message) -> out.append("  first ").append(kind).append(": ").append(message).append('\n'));
        out.append('\n').append(results[0]).append('\n').append(results[1]).append('\n');
        System.out.println(out);
        String summary = System.getProperty("load.summary");
        if (summary != null) {
            Files.writeString(Path.of(summary), out.toString());
        }
        System.exit(0);
    }

    private static String measure(String name, List<String> accounts, int n, Settings settings, HttpClient http,
            Stats stats, ServerProbe server, Consumer<VirtualBrowser> screen, StringBuilder out) throws Exception {
        System.out.println("-- " + name + ": warming up");
        List<VirtualBrowser> warm = open(accounts, 0, Math.min(20, n), settings, http, stats, screen);
        logOut(warm);
        long before = Math.min(server.liveHeapBytes(), server.liveHeapBytes());
        System.out.println("-- " + name + ": opening " + n + " sessions");
        List<VirtualBrowser> sessions = open(accounts, 20, n, settings, http, stats, screen);
        // Keep them alive as an open tab does, then measure.
        parallel(sessions, VirtualBrowser::heartbeat);
        long after = server.liveHeapBytes();
        long perSession = (after - before) / sessions.size();
        out.append(String.format("| %s | %d | %.1f MB | %.1f MB | **%d KB** |%n", name, sessions.size(), before / 1e6,
                after / 1e6, perSession / 1024));
        System.out.println("Top of the class histogram with the sessions open:\n" + server.histogramTop(25));
        parallel(sessions, VirtualBrowser::heartbeat);
        logOut(sessions);
        return String.format("RESULT heap %s sessions=%d perSessionKB=%d", name.replace(' ', '-'), sessions.size(),
                perSession / 1024);
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
