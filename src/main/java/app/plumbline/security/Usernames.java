package app.plumbline.security;

import app.plumbline.base.Names;
import java.util.Locale;

/**
 * Usernames are compared without case, surrounding spaces and the invisible characters a name
 * loses ({@link Names}), as people type them.
 */
final class Usernames {

    private Usernames() {
    }

    static String normalise(String username) {
        String cleaned = Names.clean(username);
        return cleaned == null ? "" : cleaned.toLowerCase(Locale.ROOT);
    }
}
