package app.plumbline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.HttpTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feed's address on a real port, through every filter: it needs no sign-in and makes no
 * session, while everything else under /calendar still wants a sign-in.
 */
@HttpTest
class FeedAddressHttpTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownFeedIsABare404WithoutASignInOrASession() throws Exception {
        HttpResponse<String> response = send("GET", "/calendar/" + CalendarFeed.newToken() + ".ics");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Not found");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theCalendarScreenAndOtherShapesStillNeedASignIn() throws Exception {
        for (String path : List.of("/calendar", "/calendar/x/y.ics", "/calendar/abc.txt")) {
            HttpResponse<String> response = send("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).get().asString().endsWith("/login");
        }
        assertThat(send("POST", "/calendar/" + CalendarFeed.newToken() + ".ics").statusCode())
                .as("only GET is public").isIn(302, 403);
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
