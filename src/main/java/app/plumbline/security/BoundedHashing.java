package app.plumbline.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a fixed number of password hashes at once, the others waiting their turn in arrival order.
 * An Argon2id check takes a core and 16 MiB for about 12–20 ms; a burst of sign-ins (a clinic
 * opening, a script guessing) would otherwise take every core and crowd out the patients already
 * signed in. With one hasher per core, the burst is served at the hashing rate while other requests
 * still get their share of the CPU.
 * <p>
 * The hashes run on the hashers' own threads, not on the request's, so the request thread only
 * waits. (They were moved there so that a hash would find the 16 MiB its thread's C allocator kept
 * from the hash before; {@link HashMemory} now keeps that memory whichever thread checks.)
 */
final class BoundedHashing implements PasswordEncoder, AutoCloseable {

    private final PasswordEncoder encoder;
    private final ThreadPoolExecutor hashers;

    BoundedHashing(PasswordEncoder encoder, int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("At least one password hash at a time, not " + concurrent);
        }
        this.encoder = encoder;
        AtomicInteger number = new AtomicInteger();
        this.hashers = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> Thread.ofPlatform().daemon().name("password-hashing-" + number.incrementAndGet()).unstarted(task));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> encoder.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> encoder.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** How many hashes wait for their turn now. */
    int waiting() {
        return hashers.getQueue().size();
    }

    /** Stops the hashers once the hashes handed to them are done (the application context closing). */
    @Override
    public void close() {
        hashers.shutdown();
    }

    /** Hands the hash to the hashers and waits for it, as a sign-in waits for its answer, even when interrupted. */
    private <T> T inTurn(Supplier<T> hashing) {
        Future<T> answer = hashers.submit(hashing::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return answer.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
