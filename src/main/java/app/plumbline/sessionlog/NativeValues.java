package app.plumbline.sessionlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Reads the values of native query rows, whose Java types differ between H2 and PostgreSQL. */
final class NativeValues {

    private NativeValues() {
    }

    static Long id(Object value) {
        return ((Number) value).longValue();
    }

    static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }
}
