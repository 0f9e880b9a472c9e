package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sign-in guesses sent at the same moment: the throttle must hold while they are all in flight,
 * not only once earlier ones have been found wrong. Every password check here waits until every
 * request has been let through or turned away, so all of them are in flight together.
 */
class LoginThrottleFilterTest {

    private final LoginThrottle throttle = new LoginThrottle(
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
    private final LoginThrottleFilter filter = new LoginThrottleFilter(throttle, event -> { });

    private static MockHttpServletRequest signIn(String username, String address) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", username);
        request.setParameter("password", "a wrong guess");
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void fortyGuessesAtOnceForOneAccountReachThePasswordCheckFiveTimes() throws Exception {
        Outcomes outcomes = atOnce(40, i -> signIn("anna.berg", "10.3.0." + i));
        assertThat(outcomes.checked()).isEqualTo(5);
        assertThat(outcomes.paused()).isEqualTo(35);
    }

    @Test
    void sixtyGuessesAtOnceFromOneAddressReachThePasswordCheckTwentyTimes() throws Exception {
        Outcomes outcomes = atOnce(60, i -> signIn("guess" + i, "10.4.0.1"));
        assertThat(outcomes.checked()).isEqualTo(20);
        assertThat(outcomes.paused()).isEqualTo(40);
    }

    private record Outcomes(int checked, int paused) {
    }

    private Outcomes atOnce(int requests, IntFunction<MockHttpServletRequest> request) throws Exception {
        var start = new CountDownLatch(1);
        var decided = new CountDownLatch(requests);
        var checked = new AtomicInteger();
        var paused = new AtomicInteger();
        FilterChain passwordCheck = (req, res) -> {
            checked.incrementAndGet();
            decided.countDown();
            try {
                assertThat(decided.await(1, TimeUnit.MINUTES)).as("every request decided").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                MockHttpServletRequest each = request.apply(i);
                done.add(pool.submit(() -> {
                    start.await();
                    var response = new MockHttpServletResponse();
                    filter.doFilter(each, response, passwordCheck);
                    if (response.getRedirectedUrl() != null) {
                        assertThat(response.getRedirectedUrl()).startsWith("/login?locked=");
                        paused.incrementAndGet();
                        decided.countDown();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        }
        return new Outcomes(checked.get(), paused.get());
    }
}
