package app.plumbline.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Limits feed requests per client address (a token cannot be guessed, but each request builds a
 * feed): 30 a minute and 300 an hour, plenty for calendar apps that fetch every few hours even for
 * a family behind one router. Buckets are forgotten an hour after the last request and bounded in
 * number. Counts on the application's {@link Clock}, as the sign-in throttle does.
 */
@Component
class FeedThrottle {

    static final int PER_MINUTE = 30;
    static final int PER_HOUR = 300;

    private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    private final TimeMeter time;

    FeedThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return Duration.between(Instant.EPOCH, clock.instant()).toNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes a request for the address; false when it has used up its share for now. */
    boolean tryTake(String address) {
        return addresses.get(address == null ? "" : address, this::bucket).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(PER_MINUTE).refillIntervally(PER_MINUTE, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(PER_HOUR).refillIntervally(PER_HOUR, Duration.ofHours(1)))
                .withCustomTimePrecision(time).build();
    }
}
