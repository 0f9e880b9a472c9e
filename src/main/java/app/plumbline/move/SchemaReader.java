package app.plumbline.move;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the application's tables from the JDBC metadata of the connection's current schema (all
 * but Flyway's history) and puts them in an order that satisfies the foreign keys: every table
 * after the tables it references.
 */
final class SchemaReader {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaReader() {
    }

    static List<Table> tablesInInsertOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(catalog, schema, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                String sqlName = rows.getString("TABLE_NAME");
                String name = lower(sqlName);
                if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !name.equals(FLYWAY_HISTORY)
                        && schema.equalsIgnoreCase(rows.getString("TABLE_SCHEM"))) {
                    tables.put(name, table(meta, catalog, schema, sqlName));
                }
            }
        }
        return insertOrder(tables);
    }

    private static Table table(DatabaseMetaData meta, String catalog, String schema, String sqlName) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, sqlName, "%")) {
            while (rows.next()) {
                if (!sqlName.equals(rows.getString("TABLE_NAME"))) {
                    continue; // the table name is a pattern: '_' matches any character
                }
                String column = rows.getString("COLUMN_NAME");
                int jdbcType = rows.getInt("DATA_TYPE");
                String typeName = rows.getString("TYPE_NAME");
                columns.add(new Column(lower(column), column, jdbcType, typeName, ColumnKind.of(jdbcType, typeName),
                        "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, sqlName)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        Set<String> references = new TreeSet<>();
        try (ResultSet rows = meta.getImportedKeys(catalog, schema, sqlName)) {
            while (rows.next()) {
                references.add(lower(rows.getString("PKTABLE_NAME")));
            }
        }
        return new Table(lower(sqlName), sqlName, List.copyOf(columns), List.copyOf(key.values()), references);
    }

    /** Kahn's algorithm, ties by name so the order is the same on every database. */
    static List<Table> insertOrder(Map<String, Table> tables) {
        Map<String, Table> left = new LinkedHashMap<>(tables);
        List<Table> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            Table ready = left.values().stream()
                    .filter(t -> t.references().stream().allMatch(r -> r.equals(t.name()) || !left.containsKey(r)))
                    .findFirst()
                    .orElseThrow(() -> new MoveException("The foreign keys of these tables form a cycle, so no insert "
                            + "order satisfies them: " + String.join(", ", left.keySet())));
            ordered.add(ready);
            left.remove(ready.name());
        }
        return ordered;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
