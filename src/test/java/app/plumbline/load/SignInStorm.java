package app.plumbline.load;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that sign in as fast as the server lets them, one after the other, beside the steady
 * patients: how many sign-ins a second the server serves (against the limit the Argon2id check
 * sets, its cores divided by one check's time: {@link Argon2Check}), and what the storm does to
 * the others' round trips.
 * They start with the ramp and are counted in the hold only: a storm met by a just-started server
 * measures the JIT compiler more than the sign-in (a storm-only run served 21.5, 28.7 and 36.2
 * sign-ins a second in three 40 s runs one after the other on the same server).
 * Each sign-in leaves its session behind (no page is opened to log out from); they expire.
 */
final class SignInStorm {

    private final Settings settings;
    private final Stats stats = new Stats();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();

    SignInStorm(Settings settings) {
        this.settings = settings;
    }

    Stats stats() {
        return stats;
    }

    void start(HttpClient http, long from, long until) {
        for (int i = 0; i < settings.stormClients(); i++) {
            clients.add(Thread.ofVirtual().name("storm-" + i).start(() -> {
                LoadDriver.sleepUntil(from);
                while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                    String patient = settings.patients().get(next.getAndIncrement() % settings.patients().size());
                    try {
                        new VirtualBrowser(http, settings.baseUrl(), stats).login(patient, settings.password());
                        stats.count("storm sign-ins");
                    } catch (VirtualBrowser.UiError e) {
                        if (!Thread.currentThread().isInterrupted()) {
                            // A client stopped in the middle of a sign-in when the run ends is not an error.
                            stats.error(e.kind, patient + ": " + e.getMessage());
                        }
                    }
                }
            }));
        }
    }

    void stop() {
        clients.forEach(Thread::interrupt);
    }

    /**
     * The storm's part of the summary: what was served. The limit it is measured against is the
     * server's own core's, measured by the benchmark script around the run ({@link Argon2Check}).
     */
    String report(double holdSeconds) {
        Stats.Percentiles login = stats.percentiles("login");
        double served = login.count() / holdSeconds;
        StringBuilder out = new StringBuilder();
        out.append("\n## Sign-in storm: ").append(settings.stormClients()).append(" clients signing in one after the other\n\n");
        out.append(Stats.Percentiles.header()).append('\n');
        out.append(login.row("login (POST)")).append('\n');
        out.append(stats.percentiles("page").row("login page (GET)")).append('\n');
        out.append(String.format("%nSign-ins served during the hold: %.1f/s%n", served));
        out.append("Storm errors: ").append(stats.errorCount()).append(' ').append(stats.errors()).append('\n');
        out.append(String.format("RESULT storm clients=%d signInsPerSecond=%.1f p95=%.1fms%n",
                settings.stormClients(), served, login.p95()));
        return out.toString();
    }
}
