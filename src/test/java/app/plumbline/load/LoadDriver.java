package app.plumbline.load;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives virtual patients against a running Plumbline at Vaadin's protocol level and prints a
 * summary. Not a test: started by scripts/load-benchmark.sh (see docs/PERFORMANCE.md).
 * Users ramp up linearly, then hold; round-trip times are recorded during the hold only. In the
 * steady scenario each virtual patient signs in once and keeps coming back in that session; in the
 * churn scenario every visit signs in anew. A sign-in storm may run beside them during the hold.
 */
public final class LoadDriver {

    /** The Vaadin round trips (the figures the targets are about), as opposed to the login POST and HTML pages. */
    static final List<String> UIDL = List.of("init", "open", "navigate", "field", "save", "heartbeat", "logout");

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.println("Load: " + settings.describe());
        Stats stats = new Stats();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        ServerProbe server = settings.serverPid() > 0 ? new ServerProbe(settings.serverPid()) : null;

        long start = System.nanoTime();
        long rampEnd = start + settings.rampSeconds() * 1_000_000_000L;
        long holdEnd = rampEnd + settings.holdSeconds() * 1_000_000_000L;
        AtomicInteger nextPatient = new AtomicInteger();
        AtomicInteger active = new AtomicInteger();
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            long startAt = start + (long) ((double) i / settings.users() * settings.rampSeconds() * 1e9);
            users.add(Thread.ofVirtual().name("vu-" + i).start(() -> {
                sleepUntil(startAt);
                active.incrementAndGet();
                try {
                    virtualUser(settings, stats, http, nextPatient, holdEnd);
                } finally {
                    active.decrementAndGet();
                }
            }));
        }

        // The storm starts with the ramp, so its path is warm (compiled) by the hold, as on a server that has run a while.
        SignInStorm storm = new SignInStorm(settings);
        storm.start(http, start, holdEnd);
        TherapistHomes homes = new TherapistHomes(settings, Integer.getInteger("load.homeUsers", 0));
        homes.start(http, start, rampEnd, holdEnd);

        double cpuAtHold = Double.NaN;
        Map<String, Double> gcAtHold = Map.of();
        int gcLineAtHold = 0;
        long holdStarted = 0;
        double generatorCpuAtHold = 0;
        boolean holding = false;
        long nextReport = start;
        double lastCpu = server == null ? Double.NaN : server.cpuSeconds();
        long lastReportAt = start;
        // The hold lasts its full time even when every patient has stopped before it (a patient stops
        // where a wait would run past the end): a storm beside one patient is measured over the
        // whole hold, as the profilers record it.
        while (System.nanoTime() < holdEnd
                || System.nanoTime() < holdEnd + 70_000_000_000L && users.stream().anyMatch(Thread::isAlive)) {
            long now = System.nanoTime();
            if (!holding && now >= rampEnd) {
                holding = true;
                stats.recording = true;
                storm.stats().recording = true;
                homes.stats().recording = true;
                holdStarted = now;
                generatorCpuAtHold = generatorCpuSeconds();
                if (server != null) {
                    cpuAtHold = server.cpuSeconds();
                    gcAtHold = server.gc();
                }
                if (!settings.gcLog().isEmpty()) {
                    gcLineAtHold = ServerProbe.lineCount(Path.of(settings.gcLog()));
                }
                System.out.println("-- hold phase: recording round trips");
            }
            if (now >= nextReport) {
                double cpu = server == null ? Double.NaN : server.cpuSeconds();
                double seconds = (now - lastReportAt) / 1e9;
                System.out.printf("t=%4.0fs  active=%3d  requests=%6d  errors=%3d  server cpu=%5.1f%%%n",
                        (now - start) / 1e9, active.get(), stats.requests(), stats.errorCount(),
                        seconds > 0 ? 100 * (cpu - lastCpu) / seconds : 0.0);
                lastCpu = cpu;
                lastReportAt = now;
                nextReport = now + 15_000_000_000L;
            }
            Thread.sleep(500);
        }
        long holdEndedAt = Math.min(System.nanoTime(), holdEnd);
        stats.recording = false;
        storm.stats().recording = false;
        homes.stats().recording = false;
        double holdSeconds = (holdEndedAt - holdStarted) / 1e9;
        double serverCpu = server == null || !holding ? Double.NaN : (server.cpuSeconds() - cpuAtHold) / holdSeconds;
        double generatorCpu = holding ? (generatorCpuSeconds() - generatorCpuAtHold) / holdSeconds : Double.NaN;
        Map<String, Double> gcAtEnd = server == null ? Map.of() : server.gc();
        for (Thread user : users) {
            user.interrupt();
        }
        storm.stop();
        homes.stop();

        StringBuilder out = new StringBuilder();
        out.append("\n## Load: ").append(settings.users()).append(" virtual patients (")
                .append(settings.scenario()).append(")\n\n");
        out.append(settings.describe()).append("\n\n");
        out.append("Round trips during the hold (").append(String.format("%.0f", holdSeconds)).append(" s), client-side, loopback:\n\n");
        out.append(Stats.Percentiles.header()).append('\n');
        for (String metric : stats.metrics()) {
            out.append(stats.percentiles(metric).row(metric)).append('\n');
        }
        out.append(stats.percentiles(UIDL).row("ALL VAADIN (UIDL+init)")).append('\n');
        out.append(stats.percentiles((String) null).row("ALL REQUESTS")).append('\n');
        Stats.Percentiles uidl = stats.percentiles(UIDL);
        out.append(String.format("%nThroughput during the hold: %.1f requests/s%n", stats.percentiles((String) null).count() / holdSeconds));
        out.append("Events: ").append(stats.events()).append('\n');
        out.append("Errors (whole run): ").append(stats.errorCount()).append(' ').append(stats.errors()).append('\n');
        stats.firstErrors().forEach((kind, message) -> out.append("  first ").append(kind).append(": ").append(message).append('\n'));
        out.append(String.format("Server CPU during the hold: %.2f cores (%.0f%% of the cores it may use)%n", serverCpu,
                100 * serverCpu / Math.max(1, Integer.getInteger("load.serverCores", 1))));
        out.append(String.format("Load generator CPU during the hold: %.2f cores%n", generatorCpu));
        if (!gcAtHold.isEmpty() && !gcAtEnd.isEmpty()) {
            out.append(String.format("GC during the hold (jstat): young %d (%.2f s), full %d (%.2f s), concurrent %d (%.2f s), total %.2f s = %.2f%% of wall time%n",
                    diff(gcAtEnd, gcAtHold, "YGC").intValue(), diff(gcAtEnd, gcAtHold, "YGCT"),
                    diff(gcAtEnd, gcAtHold, "FGC").intValue(), diff(gcAtEnd, gcAtHold, "FGCT"),
                    diff(gcAtEnd, gcAtHold, "CGC").intValue(), diff(gcAtEnd, gcAtHold, "CGCT"),
                    diff(gcAtEnd, gcAtHold, "GCT"), 100 * diff(gcAtEnd, gcAtHold, "GCT") / holdSeconds));
            out.append(String.format("Heap in use at the end (jstat, not a live figure): %.0f MB%n",
                    (gcAtEnd.getOrDefault("EU", 0.0) + gcAtEnd.getOrDefault("OU", 0.0)) / 1024));
        }
        if (!settings.gcLog().isEmpty()) {
            double[] pauses = ServerProbe.pauses(Path.of(settings.gcLog()), gcLineAtHold);
            out.append(String.format("GC pauses during the hold (-Xlog:gc): %.0f, total %.0f ms, longest %.1f ms%n",
                    pauses[0], pauses[1], pauses[2]));
        }
        out.append(String.format("%nRESULT load users=%d p50=%.1fms p95=%.1fms p99=%.1fms errors=%d serverCpu=%.2f%n",
                settings.users(), uidl.p50(), uidl.p95(), uidl.p99(), stats.errorCount(), serverCpu));
        if (settings.stormClients() > 0) {
            out.append(storm.report(holdSeconds));
        }
        if (Integer.getInteger("load.homeUsers", 0) > 0) {
            out.append(homes.report());
        }
        System.out.println(out);
        String summary = System.getProperty("load.summary");
        if (summary != null) {
            Files.writeString(Path.of(summary), out.toString());
        }
        System.exit(0);
    }

    private static void virtualUser(Settings settings, Stats stats, HttpClient http, AtomicInteger nextPatient,
            long deadline) {
        PatientJourney journey = new PatientJourney(settings, stats, deadline);
        boolean steady = Settings.STEADY.equals(settings.scenario());
        String patient = settings.patients().get(nextPatient.getAndIncrement() % settings.patients().size());
        VirtualBrowser browser = null;
        while (System.nanoTime() < deadline) {
            try {
                if (!steady) {
                    patient = settings.patients().get(nextPatient.getAndIncrement() % settings.patients().size());
                    journey.run(new VirtualBrowser(http, settings.baseUrl(), stats), patient);
                    continue;
                }
                if (browser == null) {
                    browser = new VirtualBrowser(http, settings.baseUrl(), stats);
                    browser.login(patient, settings.password());
                }
                journey.visit(browser);
            } catch (PatientJourney.TimeUp e) {
                return;
            } catch (VirtualBrowser.UiError e) {
                stats.error(e.kind, patient + ": " + e.getMessage());
                browser = null;
                sleepQuietly(ThreadLocalRandom.current().nextLong(1000, 5000));
            } catch (RuntimeException e) {
                stats.error("exception", patient + ": " + e);
                browser = null;
                sleepQuietly(ThreadLocalRandom.current().nextLong(1000, 5000));
            }
        }
    }

    private static Double diff(Map<String, Double> end, Map<String, Double> start, String key) {
        return end.getOrDefault(key, 0.0) - start.getOrDefault(key, 0.0);
    }

    private static double generatorCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Sleeps until the {@link System#nanoTime()} given; an interrupt ends the sleep early. */
    static void sleepUntil(long nanoTime) {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis > 0) {
            sleepQuietly(millis);
        }
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
