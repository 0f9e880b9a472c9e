package app.plumbline.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords after OWASP ASVS 5.0 level 2: at least 8 characters (15 or more encouraged), long
 * passphrases welcome, no composition rules, and none of the passwords people pick most often.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int ENCOURAGED_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    /** The helper text under every new-password field. */
    public static final String HINT = "At least " + MIN_LENGTH + " characters, " + ENCOURAGED_LENGTH
            + " or more is better. A short sentence you remember makes a good password.";

    /**
     * The 30,000 most common passwords of Mark Burnett's 10-million-password corpus (public domain) as
     * shipped by zxcvbn4j (com.nulab-inc:zxcvbn, MIT); only those long enough to pass the length rule
     * matter, compared without case.
     */
    static final String COMMON_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final Set<String> COMMON = load();

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
        if (isCommon(password)) {
            return Optional.of("This is one of the most common passwords and easy to guess; choose another.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int commonListSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + COMMON_LIST + " is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .filter(line -> line.codePointCount(0, line.length()) >= MIN_LENGTH)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
