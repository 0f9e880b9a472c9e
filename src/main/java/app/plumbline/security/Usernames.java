package app.plumbline.security;

import app.plumbline.base.Text;
import java.util.Locale;

/** Usernames are compared without case and surrounding spaces, as people type them. */
final class Usernames {

    private Usernames() {
    }

    static String normalise(String username) {
        return username == null ? "" : Text.clean(username).strip().toLowerCase(Locale.ROOT);
    }
}
