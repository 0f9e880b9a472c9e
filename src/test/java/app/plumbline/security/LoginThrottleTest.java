package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail("anna.berg", "10.0.0.1", 4);
        assertThat(throttle.waitFor("anna.berg", "10.0.0.1")).isEmpty();
    }

    @Test
    void fiveFailuresPauseTheAccountForUpToAMinuteFromAnyAddress() {
        fail("anna.berg", "10.0.0.1", 5);

        assertThat(throttle.waitFor("Anna.Berg ", "10.0.0.2")).get()
                .satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.waitFor("tom.ruiz", "10.0.0.2")).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitFor("anna.berg", "10.0.0.1")).isEmpty();
    }

    @Test
    void theWaitGrowsAsFailuresGoOn() {
        fail("anna.berg", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(61));
        fail("anna.berg", "10.0.0.1", 5);

        // Ten failures within a quarter of an hour: the minute no longer suffices.
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.waitFor("anna.berg", "10.0.0.1")).get()
                .satisfies(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("anna.berg", "10.0.0.1")).isEmpty();
        for (int round = 0; round < 2; round++) {
            fail("anna.berg", "10.0.0.1", 5);
            clock.advance(Duration.ofMinutes(16));
        }
        // Twenty within the hour: the minute and quarter-hour limits have refilled, the hour's holds
        // until the hour is over.
        assertThat(throttle.waitFor("anna.berg", "10.0.0.1")).get()
                .satisfies(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));
    }

    @Test
    void aSuccessfulSignInForgivesTheAccount() {
        fail("anna.berg", "10.0.0.1", 5);
        throttle.succeeded("anna.berg");
        assertThat(throttle.waitFor("anna.berg", "10.0.0.9")).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressPauseThatAddressWhateverTheUsername() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "10.0.0.66");
        }
        assertThat(throttle.waitFor("someone.new", "10.0.0.66")).isPresent();
        assertThat(throttle.waitFor("someone.new", "10.0.0.67")).isEmpty();
    }
}
