package app.plumbline.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a fixed number of password hashes at once, the others waiting their turn in arrival order.
 * An Argon2id check takes a core and 16 MiB for about 20 ms; a burst of sign-ins (a clinic opening,
 * a script guessing) would otherwise take every core and crowd out the patients already signed in.
 * With one permit per core, the burst is served at the hashing rate while other requests still get
 * their share of the CPU.
 */
final class BoundedHashing implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Semaphore permits;

    BoundedHashing(PasswordEncoder encoder, int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("At least one password hash at a time, not " + concurrent);
        }
        this.encoder = encoder;
        this.permits = new Semaphore(concurrent, true);
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
        return permits.getQueueLength();
    }

    private <T> T inTurn(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
