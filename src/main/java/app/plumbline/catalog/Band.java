package app.plumbline.catalog;

/**
 * Resistance band colours from lightest to heaviest, in the order most band makers use (the
 * Thera-Band sequence); the prescription names the colour the patient owns.
 */
public enum Band {
    TAN, YELLOW, RED, GREEN, BLUE, BLACK, SILVER, GOLD;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Band fromCode(String code) {
        return Codes.find(values(), Band::code, code);
    }
}
