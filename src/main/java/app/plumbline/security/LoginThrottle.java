package app.plumbline.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of passwords and activation codes, per account and per client address. A
 * try takes a token from both buckets before the secret is checked, so tries made at the same
 * moment cannot all slip through on a bucket that looked full; a wrong secret keeps its token (as
 * does a try that ended in any other way), a right one gives it back. An empty bucket refuses
 * tries, even right ones, until it refills. The limits are tiered, so the wait grows as failures
 * go on: a minute after 5, a quarter of an hour after 10, an hour after 20 (per address the
 * limits are higher, since a clinic's staff may share one). A success forgives the account's failures.
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

    /**
     * Takes a try for this username and this address (either may be null: not counted), before the
     * secret is checked. Empty when the try was taken and the check may go ahead; otherwise how
     * long to wait, and nothing was taken.
     */
    public Optional<Duration> tryTake(String username, String address) {
        String account = key(username);
        Bucket accountBucket = account == null ? null : accounts.get(account, this::accountBucket);
        long wait = take(accountBucket);
        if (wait > 0) {
            return Optional.of(Duration.ofNanos(wait));
        }
        Bucket addressBucket = address == null ? null : addresses.get(address, this::addressBucket);
        wait = take(addressBucket);
        if (wait > 0) {
            if (accountBucket != null) {
                accountBucket.addTokens(1);
            }
            return Optional.of(Duration.ofNanos(wait));
        }
        return Optional.empty();
    }

    /** The secret was right: the account's failures are forgiven and the address gets its try back. */
    void succeeded(String username, String address) {
        String account = key(username);
        if (account != null) {
            accounts.invalidate(account);
        }
        Bucket addressBucket = address == null ? null : addresses.getIfPresent(address);
        if (addressBucket != null) {
            addressBucket.addTokens(1);
        }
    }

    /** Whole minutes to tell a person, rounded up: at least one. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Takes one token; returns 0 when taken, otherwise the nanoseconds until one is there. */
    private static long take(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
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

    /** The account's key, or null for no username (nothing to count per account). */
    private static String key(String username) {
        if (username == null) {
            return null;
        }
        String normalised = Usernames.normalise(username);
        return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
    }

    /** Forgotten two hours after the last try, and bounded, so a flood of made-up names cannot fill memory. */
    private static Cache<String, Bucket> cache() {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();
    }
}
