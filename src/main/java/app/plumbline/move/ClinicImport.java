package app.plumbline.move;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

/**
 * Loads a move archive into an empty database at the archive's schema version, in one transaction:
 * refuses a target that holds anything beyond what Flyway's migrations put there, inserts the
 * tables in foreign-key order, reads every table back and compares its count and checksum with the
 * manifest, and rolls everything back on any difference. Identity columns then continue after the
 * highest imported value.
 */
public final class ClinicImport {

    private static final int BATCH = 500;

    private final Function<String, Map<String, TableDigest.Result>> freshSchema;

    /** @param freshSchema what a database holds right after Flyway migrated it to a given version */
    ClinicImport(Function<String, Map<String, TableDigest.Result>> freshSchema) {
        this.freshSchema = freshSchema;
    }

    /** An import that learns the freshly migrated state from the given Flyway locations. */
    public static ClinicImport withMigrations(String... flywayLocations) {
        return new ClinicImport(version -> FreshSchema.digests(version, flywayLocations));
    }

    public MoveReport importInto(DataSource dataSource, String targetSchemaVersion, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MoveException("There is no archive at " + file + ".");
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            MoveManifest manifest = manifest(zip);
            if (!Objects.equals(manifest.schemaVersion(), targetSchemaVersion)) {
                throw new MoveException("The archive was taken at schema version " + manifest.schemaVersion()
                        + " but the target database is at version " + targetSchemaVersion + ". Export and import with "
                        + "the same Plumbline release (export migrates its database to that release's schema first).");
            }
            try (Connection connection = dataSource.getConnection()) {
                return load(connection, zip, manifest, targetSchemaVersion);
            }
        } catch (IOException e) {
            throw new MoveException("The archive " + file + " cannot be read: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new MoveException("The import failed and was rolled back: " + reason(e), e);
        }
    }

    private MoveReport load(Connection connection, ZipFile zip, MoveManifest manifest, String version)
            throws SQLException, IOException {
        List<Table> tables = SchemaReader.tablesInInsertOrder(connection);
        Map<String, MoveManifest.Entry> entries = matchTables(tables, manifest);
        connection.setAutoCommit(false);
        try {
            List<Table> seeded = refuseUnlessEmpty(connection, tables, freshSchema.apply(version));
            for (Table table : seeded.reversed()) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from " + quoted(connection, table.sqlName()));
                }
            }
            for (Table table : tables) {
                insert(connection, zip, table, entries.get(table.name()));
            }
            List<MoveReport.Line> lines = new ArrayList<>();
            for (Table table : tables) {
                MoveManifest.Entry entry = entries.get(table.name());
                TableDigest.Result result = TableScanner.scan(connection, table, entry.columns(), null);
                lines.add(new MoveReport.Line(table.name(), entry.rows(), entry.sha256(), result.rows(), result.sha256()));
            }
            MoveReport report = new MoveReport(List.copyOf(lines));
            if (!report.allMatch()) {
                connection.rollback();
                throw new MoveException("The imported tables differ from the archive, so nothing was imported:\n"
                        + report.format());
            }
            IdentityRestart.after(connection, tables);
            connection.commit();
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static MoveManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MoveManifest.FILE);
        if (entry == null) {
            throw new MoveException("The archive has no " + MoveManifest.FILE + "; it is not a Plumbline move archive.");
        }
        try (InputStream json = zip.getInputStream(entry)) {
            return MoveManifest.read(json);
        }
    }

    private static Map<String, MoveManifest.Entry> matchTables(List<Table> tables, MoveManifest manifest) {
        Map<String, MoveManifest.Entry> entries = manifest.tables().stream()
                .collect(Collectors.toMap(MoveManifest.Entry::name, e -> e, (a, b) -> a, LinkedHashMap::new));
        Set<String> inTarget = tables.stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new));
        if (!inTarget.equals(new TreeSet<>(entries.keySet()))) {
            Set<String> onlyArchive = new TreeSet<>(entries.keySet());
            onlyArchive.removeAll(inTarget);
            Set<String> onlyTarget = new TreeSet<>(inTarget);
            onlyTarget.removeAll(entries.keySet());
            throw new MoveException("The archive's tables do not match the target's: only in the archive " + onlyArchive
                    + ", only in the target " + onlyTarget + ".");
        }
        for (Table table : tables) {
            if (!new HashSet<>(table.columnNames()).equals(new HashSet<>(entries.get(table.name()).columns()))) {
                throw new MoveException("Table " + table.name() + " has the columns " + table.columnNames()
                        + " in the target but " + entries.get(table.name()).columns() + " in the archive.");
            }
        }
        return entries;
    }

    /** The tables holding exactly a fresh migration's rows, to be replaced; any other row refuses the import. */
    private static List<Table> refuseUnlessEmpty(Connection connection, List<Table> tables,
            Map<String, TableDigest.Result> fresh) throws SQLException {
        List<Table> seeded = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        for (Table table : tables) {
            TableDigest.Result now = TableScanner.scan(connection, table, table.columnNames(), null);
            if (now.rows() == 0) {
                continue;
            }
            TableDigest.Result migrated = fresh.get(table.name());
            if (migrated != null && migrated.equals(TableScanner.scan(connection, table, sorted(table), null))) {
                seeded.add(table);
            } else {
                holding.add(table.name() + " (" + now.rows() + (now.rows() == 1 ? " row)" : " rows)"));
            }
        }
        if (!holding.isEmpty()) {
            throw new MoveException("The target database is not empty, so nothing was imported: " + String.join(", ", holding)
                    + ". Import only into a new database that no Plumbline has started on.");
        }
        return seeded;
    }

    /** Columns by name: the freshly migrated schema and the target need not list them in the same order. */
    static List<String> sorted(Table table) {
        return table.columnNames().stream().sorted().toList();
    }

    private static void insert(Connection connection, ZipFile zip, Table table, MoveManifest.Entry entry)
            throws SQLException, IOException {
        ZipEntry file = zip.getEntry(entry.file());
        if (file == null) {
            throw new MoveException("The archive lacks " + entry.file() + ", which its manifest lists.");
        }
        List<Column> columns = entry.columns().stream().map(table::column).toList();
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            names.add(quoted(connection, column.sqlName()));
        }
        String sql = "insert into " + quoted(connection, table.sqlName()) + " (" + String.join(", ", names)
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        TableDigest archived = new TableDigest();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(file), StandardCharsets.UTF_8))) {
            int pending = 0;
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                archived.add(line);
                number++;
                List<String> values = CanonicalRow.decode(line);
                if (values.size() != columns.size()) {
                    throw new MoveException(entry.file() + " line " + number + " has " + values.size()
                            + " values for " + columns.size() + " columns.");
                }
                for (int i = 0; i < columns.size(); i++) {
                    CanonicalValue.bind(statement, i + 1, columns.get(i), values.get(i));
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
        TableDigest.Result result = archived.result();
        if (result.rows() != entry.rows() || !result.sha256().equals(entry.sha256())) {
            throw new MoveException("The archive is damaged: " + entry.file() + " holds " + result.rows()
                    + " rows with checksum " + result.sha256() + ", the manifest says " + entry.rows() + " rows with "
                    + entry.sha256() + ". Nothing was imported.");
        }
    }

    /** A batch's own message is often generic; the statement's real reason is in the chain. */
    private static String reason(SQLException e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getNextException() != null ? e.getNextException() : e.getCause(); cause != null
                && reason.length() < 2000; cause = cause.getCause()) {
            reason.append("\n  because: ").append(cause.getMessage());
        }
        return reason.toString();
    }

    static String quoted(Connection connection, String sqlName) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        return quote + sqlName + quote;
    }
}
