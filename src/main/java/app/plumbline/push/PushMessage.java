package app.plumbline.push;

import java.util.ArrayList;
import java.util.List;

/**
 * What a push reminder says: a title, a line of text and the page of Plumbline it opens (a path
 * of this server, such as {@code /today}). Short, because a push service carries at most 4 KB and a
 * lock screen shows two lines; plain text, because it is shown as typed.
 */
record PushMessage(String title, String body, String url) {

    static final int MAX_TITLE = 80;
    static final int MAX_BODY = 240;

    PushMessage {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            problems.add("a title of 1 to " + MAX_TITLE + " characters");
        }
        if (body == null || body.length() > MAX_BODY) {
            problems.add("a text of at most " + MAX_BODY + " characters");
        }
        if (url == null || !url.startsWith("/") || url.startsWith("//") || url.length() > 200
                || url.chars().anyMatch(c -> c <= ' ' || c == '\\')) {
            problems.add("a path of this server such as /today");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("A push message needs " + String.join(", ", problems));
        }
    }
}
