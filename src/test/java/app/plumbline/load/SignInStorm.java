package app.plumbline.load;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that sign in as fast as the server lets them, one after the other, beside the steady
 * patients: how many sign-ins a second the server serves against the limit the Argon2id check
 * sets (its cores divided by one check's time), and what the storm does to the others' round trips.
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
    private final List<Double> checks = Collections.synchronizedList(new ArrayList<>());

    SignInStorm(Settings settings) {
        this.settings = settings;
    }

    Stats stats() {
        return stats;
    }

    /**
     * Clients signing in from {@code from} until {@code until}; from {@code holdFrom} on, one Argon2id
     * check every 2 s in the load generator, beside them, for the limit: this machine's speed drifts by
     * a fifth from one run to the next, so the limit is measured while the storm is. A platform thread:
     * the native check would hold the virtual threads' only carrier on a one-core load generator.
     */
    void start(HttpClient http, long from, long holdFrom, long until) {
        if (settings.stormClients() > 0) {
            clients.add(Thread.ofPlatform().daemon().name("storm-limit").start(() -> {
                Argon2 argon2 = argon2();
                String hash = hash(argon2);
                for (long next = holdFrom; next < until && !Thread.currentThread().isInterrupted();
                        next += 2_000_000_000L) {
                    LoadDriver.sleepUntil(next);
                    checks.add(checkMillis(argon2, hash));
                }
            }));
        }
        for (int i = 0; i < settings.stormClients(); i++) {
            clients.add(Thread.ofVirtual().name("storm-" + i).start(() -> {
                LoadDriver.sleepUntil(from);
                while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                    String patient = settings.patients().get(next.getAndIncrement() % settings.patients().size());
                    try {
                        new VirtualBrowser(http, settings.baseUrl(), stats).login(patient, settings.password());
                        stats.count("storm sign-ins");
                    } catch (VirtualBrowser.UiError e) {
                        stats.error(e.kind, patient + ": " + e.getMessage());
                    }
                }
            }));
        }
    }

    void stop() {
        clients.forEach(Thread::interrupt);
    }

    /** The storm's part of the summary. */
    String report(double holdSeconds, int serverCores) {
        double check = checks.isEmpty() ? argon2CheckMillis() : median(List.copyOf(checks));
        double limit = serverCores * 1000 / check;
        Stats.Percentiles login = stats.percentiles("login");
        double served = login.count() / holdSeconds;
        StringBuilder out = new StringBuilder();
        out.append("\n## Sign-in storm: ").append(settings.stormClients()).append(" clients signing in one after the other\n\n");
        out.append(Stats.Percentiles.header()).append('\n');
        out.append(login.row("login (POST)")).append('\n');
        out.append(stats.percentiles("page").row("login page (GET)")).append('\n');
        out.append(String.format("%nSign-ins served during the hold: %.1f/s; the Argon2id limit of %d server core(s): "
                + "%.1f/s (one check %.1f ms: median of %d in the load generator during the hold, same library and "
                + "parameters) = %.0f%% of the limit%n",
                served, serverCores, limit, check, Math.max(checks.size(), 20), 100 * served / limit));
        out.append("Storm errors: ").append(stats.errorCount()).append(' ').append(stats.errors()).append('\n');
        out.append(String.format("RESULT storm clients=%d signInsPerSecond=%.1f limit=%.1f p95=%.1fms%n",
                settings.stormClients(), served, limit, login.p95()));
        return out.toString();
    }

    /** One Argon2id check with the app's parameters (16 MiB, 2 passes, 1 lane), in milliseconds: median of 20. */
    static double argon2CheckMillis() {
        Argon2 argon2 = argon2();
        String hash = hash(argon2);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            millis.add(checkMillis(argon2, hash));
        }
        return median(millis);
    }

    private static Argon2 argon2() {
        return Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
    }

    private static String hash(Argon2 argon2) {
        return argon2.hash(2, 1 << 14, 1, "a storm password".toCharArray());
    }

    private static double checkMillis(Argon2 argon2, String hash) {
        long start = System.nanoTime();
        argon2.verify(hash, "a storm password".toCharArray());
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
