package app.plumbline.catalog;

/**
 * Which side an exercise is done on. BOTH means each side in turn; ALTERNATING switching side every
 * rep; in both the reps are per side. NONE is midline or both at once.
 */
public enum Side {
    NONE("none", ""),
    BOTH("both", "each side"),
    LEFT("left", "left side"),
    RIGHT("right", "right side"),
    ALTERNATING("alternating", "each side, alternating sides");

    private final String code;
    private final String words;

    Side(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    public static Side fromCode(String code) {
        return Codes.find(values(), Side::code, code);
    }
}
