package app.plumbline.load;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Waits until the server answers and the clinic is seeded: the last patient of the list can log
 * in and open Today. Seeding runs after Spring reports "Started", so "Started" alone is not enough.
 */
public final class ReadyCheck {

    public static void main(String[] args) throws InterruptedException {
        Settings settings = Settings.fromSystemProperties();
        int timeoutSeconds = Integer.getInteger("load.readyTimeout", 1200);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        String patient = settings.patients().getLast();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                var browser = new VirtualBrowser(http, settings.baseUrl(), new Stats());
                browser.login(patient, settings.password());
                browser.open("");
                browser.element("page-today");
                browser.logout();
                System.out.println("Ready: " + patient + " opened Today");
                System.exit(0);
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            Thread.sleep(2000);
        }
        System.out.println("Not ready after " + timeoutSeconds + " s: " + last);
        System.exit(1);
    }
}
