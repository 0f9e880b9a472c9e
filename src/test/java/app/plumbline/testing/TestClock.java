package app.plumbline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A chosen "today" for the tests, never the real date: {@code plumbline.test.today} (default
 * {@value #DEFAULT_TODAY}, a Wednesday) at {@code plumbline.test.time} (default 10:00) in the
 * JVM's time zone ({@code -Duser.timezone}, set by {@code scripts/test-dates.sh}). The clock runs on
 * from there with the elapsed run time, so rows written one after another keep their order, and a
 * test can move it forward (past a 24-hour limit) and back.
 */
public class TestClock extends Clock {

    public static final String DEFAULT_TODAY = "2026-11-18";

    private final Instant start;
    private final ZoneId zone;
    private final long startNanos;
    private volatile Duration offset = Duration.ZERO;

    public TestClock() {
        this(ZoneId.systemDefault());
    }

    public TestClock(ZoneId zone) {
        this(start(zone), zone, System.nanoTime());
    }

    private TestClock(Instant start, ZoneId zone, long startNanos) {
        this.start = start;
        this.zone = zone;
        this.startNanos = startNanos;
    }

    /** The test's "today" at the chosen time of day in the zone. */
    public static Instant start(ZoneId zone) {
        LocalDate today = LocalDate.parse(System.getProperty("plumbline.test.today", DEFAULT_TODAY));
        LocalTime time = LocalTime.parse(System.getProperty("plumbline.test.time", "10:00"));
        return today.atTime(time).atZone(zone).toInstant();
    }

    /** The test's "today" in the JVM's zone (the demo clinic's, which chose none). */
    public static LocalDate today() {
        return LocalDate.ofInstant(start(ZoneId.systemDefault()), ZoneId.systemDefault());
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same running clock seen from another zone (a clinic's), so its instants stay the test's. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return newZone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return TestClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return TestClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return start.plusNanos(System.nanoTime() - startNanos).plus(offset);
    }

    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
