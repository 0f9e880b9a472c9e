package app.plumbline.move;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * After rows were inserted with their own ids, the database's generators must continue after the
 * highest one, or the next insert collides. PostgreSQL moves the column's sequence with
 * {@code setval}; H2 restarts the identity column with {@code ALTER TABLE}, which commits the open
 * transaction, so the import does this last, after every table has been verified.
 */
final class IdentityRestart {

    private IdentityRestart() {
    }

    static void after(Connection connection, List<Table> tables) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        for (Table table : tables) {
            for (Column column : table.columns()) {
                if (column.identity() && column.kind() == ColumnKind.INTEGER) {
                    restart(connection, table, column, postgres);
                }
            }
        }
    }

    private static void restart(Connection connection, Table table, Column column, boolean postgres) throws SQLException {
        String quotedTable = ClinicImport.quoted(connection, table.sqlName());
        String quotedColumn = ClinicImport.quoted(connection, column.sqlName());
        long max;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select max(" + quotedColumn + ") from " + quotedTable)) {
            rows.next();
            max = rows.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                // pg_get_serial_sequence takes the table as SQL text (quoted, so case is kept) and the column as a name.
                String sequence = "pg_get_serial_sequence('" + quotedTable.replace("'", "''") + "', '"
                        + column.sqlName().replace("'", "''") + "')";
                statement.execute(max > 0 ? "select setval(" + sequence + ", " + max + ", true)"
                        : "select setval(" + sequence + ", 1, false)");
            } else {
                statement.execute("alter table " + quotedTable + " alter column " + quotedColumn + " restart with " + (max + 1));
            }
        }
    }
}
