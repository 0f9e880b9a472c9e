package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentSkipListSet;
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
    void sixSignInsWithTwoHashersHashTwoAtATimeAndAllGetTheirAnswer() throws Exception {
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
    void hashesRunOnTheHashersOwnThreadsWhicheverThreadSignsIn() throws Exception {
        var threads = new ConcurrentSkipListSet<String>();
        PasswordEncoder recording = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                threads.add(Thread.currentThread().getName());
                return "hash";
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                threads.add(Thread.currentThread().getName());
                return true;
            }
        };
        try (var bounded = new BoundedHashing(recording, 1)) {
            for (int i = 0; i < 5; i++) {
                Thread signIn = Thread.ofPlatform().name("request-" + i).start(() -> bounded.matches("pw", "stored"));
                signIn.join();
            }
            assertThat(bounded.encode("pw")).isEqualTo("hash");
        }
        assertThat(threads).containsExactly("password-hashing-1");
    }

    @Test
    void aHashThatFailsFailsTheSignInWithItsOwnException() {
        PasswordEncoder failing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return "hash";
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                throw new IllegalArgumentException("There is no PasswordEncoder mapped for the id \"md4\"");
            }
        };
        try (var bounded = new BoundedHashing(failing, 1)) {
            assertThatThrownBy(() -> bounded.matches("pw", "{md4}stored"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("md4");
            assertThat(bounded.waiting()).isZero();
        }
    }

    @Test
    void anInterruptedSignInStillGetsItsAnswerAndKeepsItsInterrupt() throws Exception {
        var held = new HeldHashing();
        try (var bounded = new BoundedHashing(held, 1)) {
            var answer = new CompletableFuture<Boolean>();
            var interruptedAfter = new CompletableFuture<Boolean>();
            Thread signIn = Thread.ofPlatform().start(() -> {
                answer.complete(bounded.matches("pw", "stored"));
                interruptedAfter.complete(Thread.currentThread().isInterrupted());
            });
            held.started.acquire();
            signIn.interrupt();
            held.finish.countDown();
            assertThat(answer.get()).isTrue();
            assertThat(interruptedAfter.get()).isTrue();
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
