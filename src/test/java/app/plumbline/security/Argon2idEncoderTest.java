package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class Argon2idEncoderTest {

    private final Argon2idEncoder encoder = new Argon2idEncoder();
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
}
