package app.plumbline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedThrottleTest {

    /** A clock that moves only when told. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-11-18T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressGetsThirtyAMinuteAndOthersAreNotCounted() {
        var clock = new StepClock();
        var throttle = new FeedThrottle(clock);
        for (int i = 0; i < FeedThrottle.PER_MINUTE; i++) {
            assertThat(throttle.tryTake("10.0.0.1")).as("request " + (i + 1)).isTrue();
        }
        assertThat(throttle.tryTake("10.0.0.1")).isFalse();
        assertThat(throttle.tryTake("10.0.0.2")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(throttle.tryTake("10.0.0.1")).isTrue();
    }

    @Test
    void anHourHoldsAtMostThreeHundred() {
        var clock = new StepClock();
        var throttle = new FeedThrottle(clock);
        int taken = 0;
        for (int minute = 0; minute < 60; minute++) {
            while (throttle.tryTake("10.0.0.3")) {
                taken++;
            }
            clock.now = clock.now.plus(Duration.ofMinutes(1));
        }
        assertThat(taken).isEqualTo(FeedThrottle.PER_HOUR);
    }
}
