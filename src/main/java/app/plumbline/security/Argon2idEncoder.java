package app.plumbline.security;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with Spring Security's parameters (16 MiB, 2 passes, 1 lane, 16-byte salt, 32-byte
 * hash) and its encoding, the standard PHC string, so the hashes are interchangeable with
 * {@link Argon2PasswordEncoder}'s. It computes them with the reference C library (argon2-jvm),
 * about three times faster than Bouncy Castle; where that library cannot load, it falls back to
 * Spring's encoder.
 */
class Argon2idEncoder implements PasswordEncoder {

    private static final int SALT = 16;
    private static final int HASH = 32;
    private static final int PASSES = 2;
    private static final int MEMORY_KIB = 1 << 14;
    private static final int LANES = 1;

    private static final Logger log = LoggerFactory.getLogger(Argon2idEncoder.class);

    private final Argon2PasswordEncoder spring = new Argon2PasswordEncoder(SALT, HASH, LANES, MEMORY_KIB, PASSES);
    private final Optional<Argon2> reference = load();

    private static Optional<Argon2> load() {
        try {
            Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT, HASH);
            argon2.hash(1, 8, 1, new char[] {'x'});
            return Optional.of(argon2);
        } catch (LinkageError | RuntimeException e) {
            log.warn("The native Argon2 library is not available here ({}); hashing passwords in Java instead.",
                    e.toString());
            return Optional.empty();
        }
    }

    /** Whether the reference C library does the work (else Bouncy Castle). */
    boolean isNative() {
        return reference.isPresent();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return reference.map(a -> a.hash(PASSES, MEMORY_KIB, LANES, chars(rawPassword)))
                .orElseGet(() -> spring.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith("$argon2id$")) {
            return false;
        }
        return reference.map(a -> a.verify(encodedPassword, chars(rawPassword)))
                .orElseGet(() -> spring.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return spring.upgradeEncoding(encodedPassword);
    }

    private static char[] chars(CharSequence text) {
        return text.toString().toCharArray();
    }
}
