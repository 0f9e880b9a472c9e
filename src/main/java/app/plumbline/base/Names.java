package app.plumbline.base;

/**
 * People's names and usernames as typed: the one rule for every form that takes them. Besides what
 * {@link Text} drops, a name loses the characters that show nothing yet change what is seen:
 * bidirectional overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C; U+202E shows "Maria" as "airaM"), zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF, U+180E), in short every format character (Unicode category Cf), and the Hangul fillers,
 * letters that show as a blank. What is left must hold a letter, so no name looks empty or is
 * punctuation, digits or emoji alone.
 */
public final class Names {

    private Names() {
    }

    /** The name without what cannot be kept or seen, stripped; null when nothing is left. */
    public static String clean(String typed) {
        String text = Text.clean(typed);
        if (text == null) {
            return null;
        }
        if (text.codePoints().anyMatch(Names::invisible)) {
            StringBuilder kept = new StringBuilder(text.length());
            text.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
            text = kept.toString();
        }
        return text.isBlank() ? null : text.strip();
    }

    /**
     * Refuses a cleaned name at its field when it is missing, longer than maxLength or holds no
     * letter; {@code what} names it in the message ("the first name").
     */
    public static void check(String field, String what, String name, int maxLength) {
        problem(field, what, name, maxLength).ifPresent(p -> {
            throw p.toException();
        });
    }

    /** What {@link #check} would refuse, as a problem at the field, or empty. */
    public static java.util.Optional<FieldProblem> problem(String field, String what, String name, int maxLength) {
        if (name == null || name.length() > maxLength) {
            return java.util.Optional.of(new FieldProblem(field, "Enter " + what + " (up to " + maxLength
                    + " characters)."));
        }
        if (!hasLetter(name)) {
            return java.util.Optional.of(new FieldProblem(field,
                    Character.toUpperCase(what.charAt(0)) + what.substring(1) + " needs at least one letter."));
        }
        return java.util.Optional.empty();
    }

    public static boolean hasLetter(String name) {
        return name != null && name.codePoints().anyMatch(c -> Character.isLetter(c) && !invisible(c));
    }

    static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }
}
