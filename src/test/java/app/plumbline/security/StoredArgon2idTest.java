package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class StoredArgon2idTest {

    @Test
    void readsSpringSecuritysString() {
        var stored = StoredArgon2id.parse("$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA").orElseThrow();

        assertThat(stored.version()).isEqualTo(0x13);
        assertThat(stored.memoryKib()).isEqualTo(16384);
        assertThat(stored.memoryBytes()).isEqualTo(16L << 20);
        assertThat(stored.passes()).isEqualTo(2);
        assertThat(stored.lanes()).isEqualTo(1);
        assertThat(stored.salt()).isEqualTo("saltsaltsaltsalt".getBytes());
        assertThat(stored.hash()).isEqualTo("hashhashhashhash".getBytes());
    }

    @Test
    void aStringWithoutVersionIsVersion10() {
        String salt = Base64.getEncoder().withoutPadding().encodeToString(new byte[16]);
        var stored = StoredArgon2id.parse("$argon2id$m=4096,t=3,p=2$" + salt + "$AAAAAAAAAAA").orElseThrow();

        assertThat(stored.version()).isEqualTo(0x10);
        assertThat(stored.memoryKib()).isEqualTo(4096);
        assertThat(stored.lanes()).isEqualTo(2);
    }

    @Test
    void anythingElseIsNotRead() {
        assertThat(StoredArgon2id.parse("$2a$10$abcdefghijklmnopqrstuu")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2i$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$v=19$m=16384,t=2$c2FsdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$v=19$m=16384,t=2,p=1,x=3$c2FsdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$v=19$m=big,t=2,p=1$c2FsdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$v=19$m=0,t=2,p=1$c2FsdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$v=19$m=16384,t=2,p=1$c2F%sdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$")).isEmpty();
        assertThat(StoredArgon2id.parse("$argon2id$x=19$m=16384,t=2,p=1$c2FsdA$aGFzaA")).isEmpty();
        assertThat(StoredArgon2id.parse("")).isEmpty();
    }
}
