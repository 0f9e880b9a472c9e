package app.plumbline.security;

import java.util.Optional;

/**
 * Length is what makes a password strong (OWASP ASVS 5.0): at least 8 characters, long
 * passphrases welcome, no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reason a password is refused, in words for the person choosing it; empty when fine. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a short sentence is easy to remember.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("Choose a password that is not your username.");
        }
        return Optional.empty();
    }
}
