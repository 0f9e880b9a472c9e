package app.plumbline.move;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Writes every application table of a database into a move archive: {@code tables/<name>.jsonl}
 * per table and the manifest. Reads in one read-only transaction so the tables agree with each
 * other (repeatable read); the zip is written as {@code .part} and renamed when complete.
 */
public final class ClinicExport {

    private final Clock clock;

    public ClinicExport(Clock clock) {
        this.clock = clock;
    }

    public MoveReport export(DataSource dataSource, String schemaVersion, Path file) {
        if (Files.exists(file)) {
            throw new MoveException("The file " + file + " exists already; choose a new file name.");
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        List<MoveManifest.Entry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            String source = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            // One snapshot for all tables (on H2 and PostgreSQL alike), so foreign keys hold in the archive.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                for (Table table : SchemaReader.tablesInInsertOrder(connection)) {
                    String name = "tables/" + table.name() + ".jsonl";
                    zip.putNextEntry(new ZipEntry(name));
                    OutputStream out = zip;
                    TableDigest.Result result = TableScanner.scan(connection, table, table.columnNames(), out::write);
                    zip.closeEntry();
                    entries.add(new MoveManifest.Entry(table.name(), name, table.columnNames(), result.rows(), result.sha256()));
                }
            } finally {
                // A connection may be shared or pooled: hand it back as it came.
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
            }
            MoveManifest manifest = new MoveManifest(MoveManifest.FORMAT, MoveManifest.VERSION, schemaVersion,
                    Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), source, List.copyOf(entries));
            zip.putNextEntry(new ZipEntry(MoveManifest.FILE));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.finish();
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(part);
            if (e instanceof MoveException move) {
                throw move;
            }
            throw new MoveException("The export failed: " + e.getMessage(), e);
        }
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MoveException("The export was written to " + part + " but could not be renamed: " + e.getMessage(), e);
        }
        return MoveReport.ofExport(entries);
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the export's own error is the one to report
        }
    }
}
