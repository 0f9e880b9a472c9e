package app.plumbline.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one virtual patient does: log in, open Today, fill in each exercise (pain, how it felt)
 * and save, look at History and My progress, stay idle with the tab open (heartbeats), log out.
 * Think times are random between the configured bounds, so requests do not arrive in lockstep.
 */
final class PatientJourney {

    /** Thrown by a think time that would end after the deadline: the virtual user stops. */
    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    private final Settings settings;
    private final Stats stats;
    private final long deadlineNanos;

    PatientJourney(Settings settings, Stats stats, long deadlineNanos) {
        this.settings = settings;
        this.stats = stats;
        this.deadlineNanos = deadlineNanos;
    }

    void run(VirtualBrowser browser, String username) {
        browser.login(username, settings.password());
        browser.open("");
        if (browser.find("save-session").isEmpty()) {
            // Already logged today (a patient reused from an earlier cycle) or nothing due.
            stats.count("today without a form (already logged or nothing due)");
        } else {
            think();
            logSession(browser);
        }
        think();
        browser.navigate("history", "navigate");
        think();
        browser.navigate("progress", "navigate");
        think();
        browser.navigate("today", "navigate");
        long idleUntil = System.nanoTime() + settings.idleSeconds() * 1_000_000_000L;
        while (System.nanoTime() < idleUntil) {
            sleep(Math.min(settings.heartbeatSeconds() * 1000L, Math.max(0, (idleUntil - System.nanoTime()) / 1_000_000)));
            browser.heartbeat();
        }
        browser.logout();
        stats.count("journeys completed");
    }

    static void fillIn(VirtualBrowser browser, Runnable pause) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; browser.find("pain-" + i).isPresent(); i++) {
            UiTree.Node pain = browser.element("pain-" + i);
            // The pain select's choices are a list property ("0" to "10"), as the browser sends them.
            browser.sync(pain, "value", String.valueOf(random.nextInt(0, 5)), "field");
            pause.run();
            UiTree.Node difficulty = browser.element("difficulty-" + i);
            List<UiTree.Node> choices = browser.tree().descendants(difficulty, "vaadin-radio-button");
            if (choices.isEmpty()) {
                throw new VirtualBrowser.UiError("element", "no difficulty choices");
            }
            browser.sync(difficulty, "value", choices.get(random.nextInt(choices.size())).property("value"), "field");
            pause.run();
        }
    }

    private void logSession(VirtualBrowser browser) {
        fillIn(browser, () -> sleep(ThreadLocalRandom.current().nextLong(1000, 3001)));
        browser.click(browser.element("save-session"), "save");
        if (!browser.lastResponse().contains("Saved. Well done!")) {
            throw new VirtualBrowser.UiError("notSaved", "Save did not answer 'Saved': "
                    + VirtualBrowser.abbreviate(browser.lastResponse()));
        }
        stats.count("sessions saved");
    }

    void think() {
        sleep(ThreadLocalRandom.current().nextLong(settings.thinkMin() * 1000L, settings.thinkMax() * 1000L + 1));
    }

    private void sleep(long millis) {
        if (System.nanoTime() + millis * 1_000_000 > deadlineNanos) {
            throw new TimeUp();
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeUp();
        }
    }
}
