package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    /** Tries that were wrong: each keeps the token it took. */
    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.tryTake(username, address);
        }
    }

    /** Wrong tries from the address, each at another username. */
    private void guess(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.tryTake("guess" + i, address);
        }
    }

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail("anna.berg", "10.0.0.1", 4);
        assertThat(throttle.tryTake("anna.berg", "10.0.0.1")).isEmpty();
    }

    @Test
    void fiveFailuresPauseTheAccountForUpToAMinuteFromAnyAddress() {
        fail("anna.berg", "10.0.0.1", 5);

        assertThat(throttle.tryTake("Anna.Berg ", "10.0.0.2")).get()
                .satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.tryTake("anna.berg\u200B", "10.0.0.2")).as("invisible characters make no new account")
                .isPresent();
        assertThat(throttle.tryTake("tom.ruiz", "10.0.0.2")).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.tryTake("anna.berg", "10.0.0.1")).isEmpty();
    }

    @Test
    void theWaitGrowsAsFailuresGoOn() {
        fail("anna.berg", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(61));
        fail("anna.berg", "10.0.0.1", 5);

        // Ten failures within a quarter of an hour: the minute no longer suffices.
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.tryTake("anna.berg", "10.0.0.1")).get()
                .satisfies(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.tryTake("anna.berg", "10.0.0.1")).isEmpty();
        for (int round = 0; round < 2; round++) {
            fail("anna.berg", "10.0.0.1", 5);
            clock.advance(Duration.ofMinutes(16));
        }
        // Twenty within the hour: the minute and quarter-hour limits have refilled, the hour's holds
        // until the hour is over.
        assertThat(throttle.tryTake("anna.berg", "10.0.0.1")).get()
                .satisfies(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));
    }

    @Test
    void aSuccessfulSignInForgivesTheAccount() {
        fail("anna.berg", "10.0.0.1", 5);
        throttle.succeeded("anna.berg", "10.0.0.1");
        assertThat(throttle.tryTake("anna.berg", "10.0.0.9")).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressPauseThatAddressWhateverTheUsername() {
        guess("10.0.0.66", 20);
        assertThat(throttle.tryTake("someone.new", "10.0.0.66")).isPresent();
        assertThat(throttle.tryTake("someone.new", "10.0.0.67")).isEmpty();
    }

    @Test
    void rightSecretsGiveTheAddressItsTryBack() {
        guess("10.0.0.70", 19);
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.tryTake("staff" + i, "10.0.0.70")).isEmpty();
            throttle.succeeded("staff" + i, "10.0.0.70");
        }
        assertThat(throttle.tryTake("one.more", "10.0.0.70")).isEmpty();
        assertThat(throttle.tryTake("and.another", "10.0.0.70")).isPresent();
    }

    @Test
    void aRefusedTryTakesNothing() {
        guess("10.0.0.80", 20);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryTake("anna.berg", "10.0.0.80")).isPresent();
        }
        // The address was paused, not the account: it still has its five tries elsewhere.
        fail("anna.berg", "10.0.0.81", 4);
        assertThat(throttle.tryTake("anna.berg", "10.0.0.81")).isEmpty();
    }

    @Test
    void withoutAUsernameOnlyTheAddressCounts() {
        fail(null, "10.0.0.90", 20);
        assertThat(throttle.tryTake(null, "10.0.0.90")).isPresent();
        assertThat(throttle.tryTake(null, "10.0.0.91")).isEmpty();
        assertThat(throttle.tryTake("", "10.0.0.91")).isEmpty();
    }

    @Test
    void fortyTriesAtOnceForOneAccountTakeOnlyItsFiveTokens() throws Exception {
        LoginThrottle fixed = new LoginThrottle(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
        assertThat(takenAtOnce(40, i -> () -> fixed.tryTake("anna.berg", "10.1.0." + i).isEmpty())).isEqualTo(5);
    }

    @Test
    void sixtyTriesAtOnceFromOneAddressTakeOnlyItsTwentyTokens() throws Exception {
        LoginThrottle fixed = new LoginThrottle(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
        assertThat(takenAtOnce(60, i -> () -> fixed.tryTake("guess" + i, "10.2.0.1").isEmpty())).isEqualTo(20);
    }

    /** Runs the tries on as many threads, released together; returns how many were taken. */
    static int takenAtOnce(int tries, IntFunction<java.util.concurrent.Callable<Boolean>> aTry) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tries)) {
            for (int i = 0; i < tries; i++) {
                var task = aTry.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> result : results) {
                taken += result.get() ? 1 : 0;
            }
            return taken;
        }
    }
}
