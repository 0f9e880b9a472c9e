package app.plumbline.move;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * What a database holds right after Flyway migrated it to a version: some migrations insert rows
 * (the audit chain's head). Migrates a throwaway in-memory H2 and reads its tables, so a target
 * holding exactly these rows counts as empty.
 */
final class FreshSchema {

    private FreshSchema() {
    }

    static Map<String, TableDigest.Result> digests(String schemaVersion, String... locations) {
        String url = "jdbc:h2:mem:plumbline-move-fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(locations).target(schemaVersion).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Map<String, TableDigest.Result> digests = new HashMap<>();
            try {
                List<Table> tables = SchemaReader.tablesInInsertOrder(connection);
                for (Table table : tables) {
                    digests.put(table.name(), TableScanner.scan(connection, table, ClinicImport.sorted(table), null));
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("shutdown");
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new MoveException("Could not read a freshly migrated schema: " + e.getMessage(), e);
        }
    }
}
