package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
