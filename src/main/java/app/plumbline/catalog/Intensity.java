package app.plumbline.catalog;

import app.plumbline.base.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How hard (CERT item 13): one of an effort rating (RPE 0-10), a band colour or a load in kg.
 * {@code amount} holds the rating or the kilograms, always with one decimal so that equal loads
 * are equal whether they came from a file or the database; {@code band} the colour.
 */
@Embeddable
public record Intensity(
        @Enumerated(EnumType.STRING) @Column(name = "intensity_kind") Kind kind,
        @Column(name = "intensity_amount", precision = 4, scale = 1) BigDecimal amount,
        @Enumerated(EnumType.STRING) @Column(name = "intensity_band") Band band) {

    public enum Kind {
        RPE("rpe", "Effort (0–10)"), BAND("band", "Band colour"), KG("kg", "Weight (kg)");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The field name in the catalog files. */
        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    public static final int MAX_RPE = 10;
    public static final BigDecimal MIN_KG = new BigDecimal("0.5");
    public static final BigDecimal MAX_KG = new BigDecimal("100");

    public Intensity {
        if (kind == Kind.BAND) {
            amount = null;
        } else {
            band = null;
            amount = oneDecimal(amount);
        }
    }

    public static Intensity rpe(Integer rating) {
        return new Intensity(Kind.RPE, rating == null ? null : BigDecimal.valueOf(rating), null);
    }

    public static Intensity band(Band colour) {
        return new Intensity(Kind.BAND, null, colour);
    }

    public static Intensity kg(BigDecimal kilograms) {
        return new Intensity(Kind.KG, kilograms, null);
    }

    public Optional<FieldProblem> problem() {
        String message = switch (kind) {
            case null -> "Choose effort, band colour or weight.";
            case RPE -> amount == null || amount.stripTrailingZeros().scale() > 0
                    || amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(MAX_RPE)) > 0
                    ? "Give the effort as a whole number from 0 to " + MAX_RPE + "." : null;
            case KG -> amount == null || amount.compareTo(MIN_KG) < 0 || amount.compareTo(MAX_KG) > 0
                    || amount.stripTrailingZeros().scale() > 1
                    ? "Give the weight from 0.5 to 100 kg, with at most one decimal (2.5)." : null;
            case BAND -> band == null ? "Choose the band colour." : null;
        };
        return Optional.ofNullable(message).map(m -> new FieldProblem("intensity", m));
    }

    /** "effort about 6 out of 10", "red band", "2.5 kg". */
    public String inPlainWords() {
        return switch (kind) {
            case null -> "";
            case RPE -> "effort about " + plain(amount) + " out of " + MAX_RPE;
            case BAND -> band == null ? "" : band.code() + " band";
            case KG -> plain(amount) + " kg";
        };
    }

    /** The number as typed: 6, 2.5 (never 6.0). */
    public static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal oneDecimal(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() <= 1 ? stripped.setScale(1) : stripped;
    }
}
