package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersAndLongPassphrases() {
        assertThat(PasswordPolicy.problem("abcdefgh", "anna")).isEmpty();
        assertThat(PasswordPolicy.problem("correct horse battery staple ".repeat(4), "anna")).isEmpty();
    }

    @Test
    void refusesShortOverlongBlankAndUsernamePasswords() {
        assertThat(PasswordPolicy.problem("abcdefg", "anna")).get().asString().contains("at least 8");
        assertThat(PasswordPolicy.problem(null, "anna")).isPresent();
        assertThat(PasswordPolicy.problem("x".repeat(129), "anna")).get().asString().contains("at most 128");
        assertThat(PasswordPolicy.problem("         ", "anna")).get().asString().contains("spaces");
        assertThat(PasswordPolicy.problem("Anna.Berg", "anna.berg")).get().asString().contains("username");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PasswordPolicy.problem("ääääääää", "anna")).isEmpty();
        assertThat(PasswordPolicy.problem("😀😀😀😀😀😀😀", "anna")).isPresent();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.commonListSize()).isGreaterThan(10_000);
        for (String common : new String[] {"password", "password1", "iloveyou", "12345678", "Qwertyuiop",
                "baseball1", " trustno1 "}) {
            assertThat(PasswordPolicy.problem(common, "anna")).as(common).get().asString().contains("common");
        }
        assertThat(PasswordPolicy.problem("plumbline-demo", "anna")).isEmpty();
    }

    @Test
    void theLongestAllowedPasswordCanBeHashedAndChecked() {
        // bcrypt stops at 72 bytes; 128 emoji are 512 bytes.
        PasswordEncoder encoder = new SecurityConfig().passwordEncoder(0);
        String longest = "😀".repeat(PasswordPolicy.MAX_LENGTH);
        assertThat(PasswordPolicy.problem(longest, "anna")).isEmpty();
        String hash = encoder.encode(longest);
        assertThat(encoder.matches(longest, hash)).isTrue();
        assertThat(encoder.matches("😀".repeat(PasswordPolicy.MAX_LENGTH - 1) + "😁", hash)).isFalse();
    }

    @Test
    void bcryptHashesOfEarlierVersionsStillVerifyAndAskToBeUpgraded() {
        PasswordEncoder encoder = new SecurityConfig().passwordEncoder(0);
        String old = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .encode("plumbline-demo");
        assertThat(encoder.matches("plumbline-demo", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("plumbline-demo"))).isFalse();
    }
}
