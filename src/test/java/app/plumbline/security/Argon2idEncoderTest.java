package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class Argon2idEncoderTest {

    private final Argon2idEncoder encoder = new Argon2idEncoder(2);
    private final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void usesTheNativeLibraryOnThisMachine() {
        assertThat(encoder.isNative()).isTrue();
    }

    @Test
    void itsHashesAndSpringsAreInterchangeable() {
        String ours = encoder.encode("correct horse battery staple");
        String theirs = spring.encode("correct horse battery staple");

        assertThat(ours).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(spring.matches("correct horse battery staple", ours)).isTrue();
        assertThat(encoder.matches("correct horse battery staple", theirs)).isTrue();
        assertThat(encoder.upgradeEncoding(ours)).isFalse();
    }

    @Test
    void aWrongPasswordOrAForeignHashDoesNotMatch() {
        String hash = encoder.encode("correct horse battery staple");

        assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(encoder.matches("x", "$2a$10$abcdefghijklmnopqrstuu")).isFalse();
        assertThat(encoder.matches("ünïcödé pässwörd 密码", encoder.encode("ünïcödé pässwörd 密码"))).isTrue();
        assertThat(spring.matches("ünïcödé pässwörd 密码", encoder.encode("ünïcödé pässwörd 密码"))).isTrue();
    }

    @Test
    void aHashWithOtherParametersStillMatches() {
        // Not the kept blocks' size: the library allocates as usual.
        var other = new Argon2PasswordEncoder(16, 32, 2, 1 << 12, 3);
        String hash = other.encode("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=4096,t=3,p=2$");
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void anEmptyPasswordOrABrokenHashDoesNotMatch() {
        String empty = spring.encode("");

        assertThat(encoder.matches("", empty)).isTrue();
        assertThat(encoder.matches("x", empty)).isFalse();
        assertThat(encoder.matches("x", "$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$")).isFalse();
        assertThat(encoder.matches("x", "$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA")).isFalse();
    }

    @Test
    void checksWorkInAtMostOneKeptBlockEachAndLeaveThemWiped() throws Exception {
        var memory = new HashMemory(16L << 20, 2);
        var bounded = new Argon2idEncoder(memory);
        String hash = spring.encode("correct horse battery staple");
        List<Future<Boolean>> checks = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 12; i++) {
                String typed = i % 3 == 0 ? "wrong" : "correct horse battery staple";
                checks.add(threads.submit(() -> bounded.matches(typed, hash)));
            }
            for (int i = 0; i < checks.size(); i++) {
                assertThat(checks.get(i).get()).as("check " + i).isEqualTo(i % 3 != 0);
            }
        }

        assertThat(memory.blocksMade()).isBetween(1, 2);
        assertThat(memory.timesTaken()).isBetween(1, 12);
        var block = memory.borrow(16L << 20).orElseThrow();
        assertThat(block.isWiped()).isTrue();
        memory.giveBack(block);
    }

    @Test
    void oneThreadChecksAgainAndAgainInTheSameBlock() {
        var memory = new HashMemory(16L << 20, 2);
        var kept = new Argon2idEncoder(memory);
        String hash = kept.encode("correct horse battery staple");

        assertThat(kept.matches("correct horse battery staple", hash)).isTrue();
        assertThat(kept.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(kept.matches("correct horse battery staple", hash)).isTrue();

        assertThat(memory.blocksMade()).isEqualTo(1);
        assertThat(memory.timesTaken()).isEqualTo(3);
    }
}
