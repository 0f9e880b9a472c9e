package app.plumbline.move;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * A column value in the archive's database-neutral form: a string, or null for SQL NULL (so NULL
 * and the empty string stay distinct). Integers and decimals in plain notation without trailing
 * zeros, double-precision numbers as Java writes them (the shortest form that reads back to the
 * same double), booleans as true/false, dates and times in ISO-8601, timestamps with time zone as UTC
 * instants, binary as base64. The same value reads the same on H2 and on PostgreSQL.
 */
final class CanonicalValue {

    private CanonicalValue() {
    }

    static String read(ResultSet rows, int index, ColumnKind kind) throws SQLException {
        return switch (kind) {
            case INTEGER -> {
                long value = rows.getLong(index);
                yield rows.wasNull() ? null : Long.toString(value);
            }
            case DECIMAL -> decimal(rows.getBigDecimal(index));
            case DOUBLE -> {
                double value = rows.getDouble(index);
                yield rows.wasNull() ? null : Double.toString(value);
            }
            case BOOLEAN -> {
                boolean value = rows.getBoolean(index);
                yield rows.wasNull() ? null : Boolean.toString(value);
            }
            case TEXT -> rows.getString(index);
            case DATE -> text(rows.getObject(index, LocalDate.class));
            case TIME -> text(rows.getObject(index, LocalTime.class));
            case TIMESTAMP -> text(rows.getObject(index, LocalDateTime.class));
            case TIMESTAMP_TZ -> instant(rows.getObject(index, OffsetDateTime.class));
            case BINARY -> binary(rows.getBytes(index));
        };
    }

    static void bind(PreparedStatement statement, int index, Column column, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, column.jdbcType());
            return;
        }
        try {
            switch (column.kind()) {
                case INTEGER -> {
                    if (column.jdbcType() == Types.BIGINT) {
                        statement.setLong(index, Long.parseLong(value));
                    } else {
                        statement.setInt(index, Integer.parseInt(value));
                    }
                }
                case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value));
                case DOUBLE -> statement.setDouble(index, Double.parseDouble(value));
                case BOOLEAN -> statement.setBoolean(index, parseBoolean(value));
                case TEXT -> statement.setString(index, value);
                case DATE -> statement.setObject(index, LocalDate.parse(value));
                case TIME -> statement.setObject(index, LocalTime.parse(value));
                case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value));
                case TIMESTAMP_TZ -> statement.setObject(index, OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC));
                case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(value));
            }
        } catch (RuntimeException e) {
            throw new MoveException("Column " + column.name() + ": the archive's value \"" + value
                    + "\" is not a valid " + column.kind().name().toLowerCase() + ".", e);
        }
    }

    static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static String instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant().toString();
    }

    static String binary(byte[] value) {
        return value == null ? null : Base64.getEncoder().encodeToString(value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
