package app.plumbline.load;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Therapists beside the patients: each signs in once and opens the home (Patients, with Needs
 * attention) again and again, a page load each time as a reload does (the old page's unload beacon
 * first, which closes its UI), with the patients' think time between. The figure is what the
 * browser waits for: the page, Vaadin's init and the view's round trip, one after the other.
 */
final class TherapistHomes {

    static final String HOME_OPEN = "home open (page + init + view)";

    private final Settings settings;
    private final int therapists;
    private final Stats stats = new Stats();
    private final List<Thread> clients = new ArrayList<>();

    TherapistHomes(Settings settings, int therapists) {
        this.settings = settings;
        this.therapists = therapists;
    }

    Stats stats() {
        return stats;
    }

    /** Starts them spread over the ramp, so each is signed in and warm when the hold begins. */
    void start(HttpClient http, long rampStart, long rampEnd, long until) {
        for (int i = 0; i < therapists; i++) {
            String account = settings.therapists().get(i % settings.therapists().size());
            long startAt = rampStart + (rampEnd - rampStart) * i / Math.max(1, therapists);
            clients.add(Thread.ofVirtual().name("therapist-" + i).start(() -> {
                LoadDriver.sleepUntil(startAt);
                VirtualBrowser browser = null;
                while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                    try {
                        if (browser == null) {
                            browser = new VirtualBrowser(http, settings.baseUrl(), stats);
                            browser.login(account, settings.password());
                        }
                        browser.unload();
                        long started = System.nanoTime();
                        browser.open("");
                        browser.element("page-patients");
                        stats.record(HOME_OPEN, System.nanoTime() - started);
                    } catch (VirtualBrowser.UiError e) {
                        stats.error(e.kind, account + ": " + e.getMessage());
                        browser = null;
                    } catch (RuntimeException e) {
                        stats.error("exception", account + ": " + e);
                        browser = null;
                    }
                    LoadDriver.sleepQuietly(ThreadLocalRandom.current().nextLong(settings.thinkMin() * 1000L,
                            settings.thinkMax() * 1000L + 1));
                }
            }));
        }
    }

    void stop() {
        clients.forEach(Thread::interrupt);
    }

    /** The therapists' part of the summary. */
    String report() {
        StringBuilder out = new StringBuilder();
        out.append("\n## Therapists opening their home: ").append(therapists)
                .append(" therapists beside the patients, a page load every ").append(settings.thinkMin()).append('–')
                .append(settings.thinkMax()).append(" s\n\n");
        out.append(Stats.Percentiles.header()).append('\n');
        for (String metric : stats.metrics()) {
            out.append(stats.percentiles(metric).row(metric)).append('\n');
        }
        out.append("Therapist errors: ").append(stats.errorCount()).append(' ').append(stats.errors()).append('\n');
        stats.firstErrors().forEach((kind, message) -> out.append("  first ").append(kind).append(": ").append(message).append('\n'));
        Stats.Percentiles home = stats.percentiles(HOME_OPEN);
        out.append(String.format("RESULT home therapists=%d opens=%d p50=%.1fms p95=%.1fms p99=%.1fms errors=%d%n",
                therapists, home.count(), home.p50(), home.p95(), home.p99(), stats.errorCount()));
        return out.toString();
    }
}
