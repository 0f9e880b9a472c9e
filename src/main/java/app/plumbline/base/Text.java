package app.plumbline.base;

/**
 * Text as people type it, made safe to keep: what nobody can type and no store or document takes
 * is dropped, as surrounding spaces are stripped. That is every control character but tab and the
 * line breaks (PostgreSQL refuses U+0000; XML, and so the printed sheets, refuses them all), halves
 * of surrogate pairs standing alone, and U+FFFE and U+FFFF: what remains is valid XML 1.0 text.
 */
public final class Text {

    private Text() {
    }

    /** The text without the characters that cannot be kept; null stays null. */
    public static String clean(String text) {
        if (text == null || text.codePoints().allMatch(Text::keeps)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Text::keeps).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Cleaned and stripped, or null when nothing is left. */
    public static String strippedOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }

    private static boolean keeps(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
