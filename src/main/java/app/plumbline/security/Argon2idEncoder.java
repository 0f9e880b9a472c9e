package app.plumbline.security;

import com.sun.jna.Memory;
import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Argon2_context;
import de.mkammerer.argon2.jna.Argon2_version;
import de.mkammerer.argon2.jna.JnaUint32;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Spring's encoder. A check (the sign-in's path) works in a block of {@link HashMemory}, kept from
 * one check to the next, through the library's context API.
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
    private final HashMemory memory;

    /** {@code concurrentChecks}: how many checks may run at once, each with a block of memory kept for it. */
    Argon2idEncoder(int concurrentChecks) {
        this(new HashMemory(MEMORY_KIB * 1024L, concurrentChecks));
    }

    Argon2idEncoder(HashMemory memory) {
        this.memory = memory;
    }

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
        if (reference.isEmpty()) {
            return spring.matches(rawPassword, encodedPassword);
        }
        return StoredArgon2id.parse(encodedPassword).map(stored -> check(stored, rawPassword))
                .orElseGet(() -> reference.get().verify(encodedPassword, chars(rawPassword)));
    }

    /**
     * The library's {@code argon2id_verify_ctx}, as its {@code argon2id_verify} calls it after
     * reading the string, but with a kept block of memory when one is free.
     */
    private boolean check(StoredArgon2id stored, CharSequence rawPassword) {
        byte[] password = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        Optional<HashMemory.Block> block = memory.borrow(stored.memoryBytes());
        try (Memory pwd = new Memory(Math.max(1, password.length));
                Memory salt = new Memory(Math.max(1, stored.salt().length));
                Memory out = new Memory(stored.hash().length)) {
            pwd.write(0, password, 0, password.length);
            salt.write(0, stored.salt(), 0, stored.salt().length);
            var context = new Argon2_context.ByReference();
            context.out = out;
            context.outlen = new JnaUint32(stored.hash().length);
            context.pwd = pwd;
            context.pwdlen = new JnaUint32(password.length);
            context.salt = salt;
            context.saltlen = new JnaUint32(stored.salt().length);
            context.secretlen = new JnaUint32(0);
            context.adlen = new JnaUint32(0);
            context.t_cost = new JnaUint32(stored.passes());
            context.m_cost = new JnaUint32(stored.memoryKib());
            context.lanes = new JnaUint32(stored.lanes());
            context.threads = new JnaUint32(stored.lanes());
            context.version = new Argon2_version(stored.version());
            context.allocate_cbk = block.map(HashMemory.Block::allocateFunction).orElse(null);
            context.free_cbk = block.map(HashMemory.Block::releaseFunction).orElse(null);
            context.flags = new JnaUint32(0);
            try {
                return Argon2Library.INSTANCE.argon2id_verify_ctx(context, stored.hash()) == Argon2Library.ARGON2_OK;
            } finally {
                pwd.clear();
                out.clear();
            }
        } finally {
            Arrays.fill(password, (byte) 0);
            block.ifPresent(memory::giveBack);
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return spring.upgradeEncoding(encodedPassword);
    }

    private static char[] chars(CharSequence text) {
        return text.toString().toCharArray();
    }
}
