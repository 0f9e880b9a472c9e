package app.plumbline.load;

import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one virtual patient does on a visit: open Today, fill in each exercise (pain, how it felt)
 * and save, look at History and My progress, stay idle with the tab open (heartbeats); signed in
 * once for all visits (steady) or anew for each (churn).
 * Think times are random between the configured bounds, so requests do not arrive in lockstep.
 */
final class PatientJourney {

    /** Thrown by a think time that would end after the deadline: the virtual user stops. */
    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Settings settings;
    private final Stats stats;
    private final long deadlineNanos;

    PatientJourney(Settings settings, Stats stats, long deadlineNanos) {
        this.settings = settings;
        this.stats = stats;
        this.deadlineNanos = deadlineNanos;
    }

    /** A visit that signs in first and logs out at its end (the churn scenario). */
    void run(VirtualBrowser browser, String username) {
        browser.login(username, settings.password());
        visit(browser);
        browser.logout();
        stats.count("journeys completed");
    }

    /**
     * One visit of a signed-in patient: the app opened in a tab (a page load), today's session
     * logged if one is due, History and My progress looked at, then the tab left open and idle.
     */
    void visit(VirtualBrowser browser) {
        browser.open("");
        if (browser.find("session-form").isEmpty()) {
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
        stats.count("visits completed");
    }

    /**
     * What the browser's session form sends on Save: each exercise done as prescribed (the plan's
     * targets) with a random pain and how it felt.
     */
    static String filledIn(UiTree.Node form) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        JsonNode plan = JSON.readTree(form.property("plan"));
        ObjectNode values = JSON.createObjectNode();
        ArrayNode exercises = values.putArray("exercises");
        JsonNode difficulties = plan.path("difficulties");
        for (JsonNode exercise : plan.path("exercises")) {
            JsonNode target = exercise.path("target");
            exercises.addObject().put("id", exercise.path("id").asLong())
                    .put("sets", target.path("sets").asString("")).put("reps", target.path("reps").asString(""))
                    .put("hold", target.path("hold").asString("")).put("pain", String.valueOf(random.nextInt(0, 5)))
                    .put("difficulty", difficulties.get(random.nextInt(difficulties.size())).path("value").asString())
                    .put("skipped", false).put("skipReason", "");
        }
        if (exercises.isEmpty()) {
            throw new VirtualBrowser.UiError("element", "a session form without exercises");
        }
        return JSON.writeValueAsString(values.put("note", ""));
    }

    private void logSession(VirtualBrowser browser) {
        UiTree.Node form = browser.element("session-form");
        // Filling in happens in the browser, without requests: a pause per exercise and answer.
        for (int i = 0; i < 2 * JSON.readTree(form.property("plan")).path("exercises").size(); i++) {
            sleep(ThreadLocalRandom.current().nextLong(1000, 3001));
        }
        browser.call(form, "save", filledIn(form), "save");
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
