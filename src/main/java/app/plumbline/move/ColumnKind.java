package app.plumbline.move;

import java.sql.Types;
import java.util.Locale;

/**
 * How a column's values are written in the archive's database-neutral form. H2 and PostgreSQL name
 * the same column type differently (PostgreSQL reports {@code timestamptz} as a plain TIMESTAMP and
 * {@code boolean} as BIT), so the kind comes from the JDBC type and the type's name together.
 */
enum ColumnKind {
    INTEGER, DECIMAL, DOUBLE, BOOLEAN, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY;

    static ColumnKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz")
                || name.startsWith("timestamp") && name.contains("with time zone")) {
            return TIMESTAMP_TZ;
        }
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> DOUBLE;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> throw new MoveException("Column type " + typeName + " (JDBC type " + jdbcType
                    + ") has no database-neutral form in the move archive yet.");
        };
    }

    boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == DOUBLE;
    }
}
