package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.HttpTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A malformed Vaadin request, sent to the real server, is one WARN line in the log. */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
class BadRequestLogTest {

    @LocalServerPort
    int port;

    @Test
    void aGarbageUidlRequestIsOneWarnLineNotAStackTrace(CapturedOutput output) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            send(client, HttpRequest.newBuilder(uri("/?v-r=init&location=login")).build());
            int before = output.getAll().length();

            send(client, uidl("garbage{{{"));
            send(client, uidl("{\"csrfToken\": 1, \"rpc\": \"not a list\"}"));

            List<String> logged = output.getAll().substring(before).lines().toList();
            assertThat(logged).filteredOn(l -> l.contains("Refused a malformed Vaadin request from 127.0.0.1"))
                    .hasSize(2).allMatch(l -> l.contains(" WARN "));
            assertThat(logged).as("no ERROR, no stack trace").noneMatch(l -> l.contains(" ERROR ")
                    || l.startsWith("\tat ") || l.startsWith("Caused by"));
        }
    }

    @Test
    void otherErrorsAreLoggedAsBefore() {
        assertThat(BadRequestLog.malformedRpc(new IllegalStateException("a bug"))).isFalse();
        var thrownByTheApp = new NullPointerException();
        thrownByTheApp.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("app.plumbline.sessionlog.SessionLogService", "update", null, 1),
                new StackTraceElement("com.vaadin.flow.server.communication.ServerRpcHandler$RpcRequest", "<init>",
                        null, 1)});
        assertThat(BadRequestLog.malformedRpc(thrownByTheApp)).isFalse();
    }

    private HttpRequest uidl(String body) {
        return HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        assertThat(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }
}
