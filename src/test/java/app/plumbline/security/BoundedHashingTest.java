package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A burst of sign-ins hashes at most the allowed number of passwords at once; the rest wait. */
class BoundedHashingTest {

    /** A hash that holds its core until the test lets it go, counting how many run at once. */
    static final class HeldHashing implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final Semaphore started = new Semaphore(0);
        final CountDownLatch finish = new CountDownLatch(1);

        @Override
        public String encode(CharSequence rawPassword) {
            return matches(rawPassword, "") ? "hash" : "";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.release();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return true;
        }
    }

    @Test
    void sixSignInsWithTwoPermitsHashTwoAtATimeAndAllGetTheirAnswer() throws Exception {
        var held = new HeldHashing();
        var bounded = new BoundedHashing(held, 2);
        ExecutorService signIns = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> bounded.matches("pw", "stored"), signIns));
            }
            held.started.acquire(2);
            while (bounded.waiting() < 4) {
                Thread.onSpinWait();
            }
            assertThat(held.running).hasValue(2);

            held.finish.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
            assertThat(held.most).hasValue(2);
            assertThat(held.started.availablePermits()).isEqualTo(4);
            assertThat(bounded.waiting()).isZero();
        } finally {
            signIns.shutdownNow();
        }
    }

    @Test
    void theAppsEncoderIsBoundedAndStillHashesAndChecks() {
        PasswordEncoder encoder = new SecurityConfig().passwordEncoder(1);
        assertThat(encoder).isInstanceOf(BoundedHashing.class);
        String hash = encoder.encode("a long enough passphrase");
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(encoder.matches("a long enough passphrase", hash)).isTrue();
        assertThat(encoder.matches("another passphrase", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void noPermitsIsAMistakeSaidAtStartUp() {
        assertThatThrownBy(() -> new BoundedHashing(new HeldHashing(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
