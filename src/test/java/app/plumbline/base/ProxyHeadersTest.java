package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.HttpTest;
import app.plumbline.testing.RequestProbe;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the TLS proxy (README, "Behind a proxy"): only the proxy, at 127.0.0.1 by default, may say
 * who the client is and that it came over HTTPS. Through Tomcat's own RemoteIpValve, on a real port.
 */
@HttpTest
class ProxyHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void fromTheTrustedProxyOverHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = get("127.0.0.1", "through-proxy", "203.0.113.7", "https");

        assertThat(RequestProbe.seen("through-proxy"))
                .isEqualTo(new RequestProbe.Seen("203.0.113.7", true));
        assertThat(sessionCookie(response)).contains("; Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");
    }

    @Test
    void fromTheTrustedProxyOverPlainHttpNothingClaimsHttps() throws Exception {
        HttpResponse<String> response = get("127.0.0.1", "through-proxy-http", "203.0.113.8", "http");

        assertThat(RequestProbe.seen("through-proxy-http"))
                .isEqualTo(new RequestProbe.Seen("203.0.113.8", false));
        assertThat(sessionCookie(response)).doesNotContain("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void fromAnyOtherAddressForgedProxyHeadersAreIgnored() throws Exception {
        // 127.0.0.2 is this machine too (all of 127/8 is loopback on Linux), but not the proxy.
        HttpResponse<String> response = get("127.0.0.2", "forged", "203.0.113.9", "https");

        assertThat(RequestProbe.seen("forged")).isEqualTo(new RequestProbe.Seen("127.0.0.2", false));
        assertThat(sessionCookie(response)).doesNotContain("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(String from, String probe, String forwardedFor, String forwardedProto)
            throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header(RequestProbe.HEADER, probe)
                    .header("X-Forwarded-For", forwardedFor)
                    .header("X-Forwarded-Proto", forwardedProto)
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
