package app.plumbline.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address. Each failed sign-in takes a
 * token from both buckets; an empty bucket refuses sign-ins (even correct ones) until it refills.
 * The limits are tiered, so the wait grows as failures go on: a minute after 5, a quarter of an
 * hour after 10, an hour after 20 (per address the limits are higher, since a clinic's staff may
 * share one). A successful sign-in forgives the account's failures.
 */
@Component
public class LoginThrottle {

    private final Cache<String, Bucket> accounts = cache();
    private final Cache<String, Bucket> addresses = cache();
    private final TimeMeter time;

    LoginThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Duration sinceEpoch = Duration.between(java.time.Instant.EPOCH, clock.instant());
                return sinceEpoch.toNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long sign-ins for this username or from this address must wait; empty if they may go ahead. */
    public Optional<Duration> waitFor(String username, String address) {
        long nanos = Math.max(wait(accounts, key(username), this::accountBucket),
                wait(addresses, address, this::addressBucket));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void failed(String username, String address) {
        accounts.get(key(username), this::accountBucket).tryConsume(1);
        if (address != null) {
            addresses.get(address, this::addressBucket).tryConsume(1);
        }
    }

    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private static long wait(Cache<String, Bucket> cache, String key, Function<String, Bucket> create) {
        if (key == null) {
            return 0;
        }
        Bucket bucket = cache.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket accountBucket(String key) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(5).refillIntervally(5, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(10).refillIntervally(10, Duration.ofMinutes(15)))
                .addLimit(limit -> limit.capacity(20).refillIntervally(20, Duration.ofHours(1)))
                .withCustomTimePrecision(time).build();
    }

    private Bucket addressBucket(String key) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(20).refillIntervally(20, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(50).refillIntervally(50, Duration.ofMinutes(15)))
                .addLimit(limit -> limit.capacity(100).refillIntervally(100, Duration.ofHours(1)))
                .withCustomTimePrecision(time).build();
    }

    private static String key(String username) {
        String normalised = Usernames.normalise(username == null ? "" : username);
        return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
    }

    /** Forgotten two hours after the last failure, and bounded, so a flood of made-up names cannot fill memory. */
    private static Cache<String, Bucket> cache() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();
    }
}
