package app.plumbline.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.testing.ServiceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The demo clinic moved out of the test's database (H2, or PostgreSQL under -Ppostgres) into a new,
 * empty in-memory H2 that Flyway migrated, verified table by table; and the targets it refuses.
 */
@ServiceTest
class ClinicMoveTest {

    private static final String MIGRATIONS = "classpath:db/migration";

    @Autowired
    DataSource source;
    @Autowired
    Flyway flyway;
    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    private final ClinicImport importer = ClinicImport.withMigrations(MIGRATIONS);
    private SingleConnectionDataSource target;
    private String version;
    private Path archive;
    private MoveReport exported;

    @BeforeEach
    void exportTheDemoClinic() {
        version = MoveCommand.schemaVersion(flyway);
        archive = dir.resolve("clinic.zip");
        exported = new ClinicExport(clock).export(source, version, archive);
        target = emptyH2(null);
    }

    @AfterEach
    void dropTheTarget() throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
        target.destroy();
    }

    @Test
    void theArchiveHoldsAManifestAndOneFileOfRowsPerTable() throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            MoveManifest manifest = MoveManifest.read(zip.getInputStream(zip.getEntry("manifest.json")));

            assertThat(manifest.format()).isEqualTo("plumbline-move");
            assertThat(manifest.version()).isEqualTo(1);
            assertThat(manifest.schemaVersion()).isEqualTo(version);
            assertThat(java.time.Instant.parse(manifest.takenAt())).isBeforeOrEqualTo(clock.instant())
                    .isAfter(clock.instant().minus(java.time.Duration.ofDays(1)));
            Map<String, Long> rows = manifest.tables().stream()
                    .collect(Collectors.toMap(MoveManifest.Entry::name, MoveManifest.Entry::rows));
            assertThat(rows).doesNotContainKey("flyway_schema_history").containsKeys("clinic", "patient", "audit_event");
            assertThat(rows.get("patient")).isPositive();
            assertThat(manifest.tables()).allSatisfy(entry -> assertThat(zip.getEntry(entry.file())).isNotNull());
            // The manifest lists the tables in an order that satisfies the foreign keys.
            List<String> order = manifest.tables().stream().map(MoveManifest.Entry::name).toList();
            assertThat(order.indexOf("clinic")).isLessThan(order.indexOf("user_account"));
            assertThat(order.indexOf("user_account")).isLessThan(order.indexOf("patient"));
        }
    }

    @Test
    void theDemoClinicMovesIntoAnEmptyDatabaseWithTheSameCountsAndChecksums() throws SQLException {
        MoveReport imported = importer.importInto(target, version, archive);

        assertThat(imported.allMatch()).isTrue();
        assertThat(imported.rows()).isEqualTo(exported.rows()).isPositive();
        assertThat(imported.format()).contains("all counts and checksums match");
        // Read independently: an export of the target is the same as the export of the source.
        MoveReport again = new ClinicExport(clock).export(target, version, dir.resolve("again.zip"));
        assertThat(checksums(again)).isEqualTo(checksums(exported));
        // Identity columns continue after the imported ids: a new clinic gets the next one.
        long highest = scalar(target, "select max(id) from clinic");
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into clinic (name, demo, created_at) values ('New', false, current_timestamp)");
        }
        assertThat(scalar(target, "select max(id) from clinic")).isEqualTo(highest + 1);
    }

    @Test
    void aTargetThatHoldsDataIsRefusedAndKeepsOnlyWhatItHad() throws SQLException {
        importer.importInto(target, version, archive);
        long patients = scalar(target, "select count(*) from patient");

        assertThatThrownBy(() -> importer.importInto(target, version, archive)).isInstanceOf(MoveException.class)
                .hasMessageContaining("not empty").hasMessageContaining("patient (" + patients + " rows)");
        assertThat(scalar(target, "select count(*) from patient")).isEqualTo(patients);
    }

    @Test
    void oneRowAnywhereIsEnoughToRefuse() throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into clinic (name, demo, created_at) values ('Started once', false, current_timestamp)");
        }

        assertThatThrownBy(() -> importer.importInto(target, version, archive)).isInstanceOf(MoveException.class)
                .hasMessageContaining("clinic (1 row)");
        assertThat(scalar(target, "select count(*) from patient")).isZero();
        assertThat(scalar(target, "select count(*) from clinic")).isEqualTo(1);
    }

    @Test
    void aTargetAtAnotherSchemaVersionIsRefused() throws SQLException {
        SingleConnectionDataSource older = emptyH2("30");
        try {
            assertThatThrownBy(() -> importer.importInto(older, "30", archive)).isInstanceOf(MoveException.class)
                    .hasMessageContaining("schema version " + version).hasMessageContaining("at version 30");
            assertThat(scalar(older, "select count(*) from clinic")).isZero();
        } finally {
            try (Connection connection = older.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
            older.destroy();
        }
    }

    @Test
    void aDamagedArchiveIsRefusedWithNothingWritten() throws Exception {
        Path damaged = dir.resolve("damaged.zip");
        rewrite(archive, damaged, "tables/patient.jsonl", rows -> rows.replaceFirst("\n[^\n]*\n$", "\n"));

        assertThatThrownBy(() -> importer.importInto(target, version, damaged)).isInstanceOf(MoveException.class)
                .hasMessageContaining("damaged").hasMessageContaining("tables/patient.jsonl");
        assertThat(scalar(target, "select count(*) from clinic")).isZero();
    }

    @Test
    void anExistingFileIsNotOverwritten() {
        assertThatThrownBy(() -> new ClinicExport(clock).export(source, version, archive))
                .isInstanceOf(MoveException.class).hasMessageContaining("exists already");
    }

    private SingleConnectionDataSource emptyH2(String flywayTarget) {
        // One connection for Flyway and the test: H2 2.4.240 cannot evaluate a check constraint with an
        // IN list once the session that created it has closed (until the database is opened again).
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:move-target-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        var config = Flyway.configure().dataSource(h2).locations(MIGRATIONS);
        if (flywayTarget != null) {
            config.target(flywayTarget);
        }
        config.load().migrate();
        return h2;
    }

    private static Map<String, String> checksums(MoveReport report) {
        return report.lines().stream().collect(Collectors.toMap(MoveReport.Line::table,
                l -> l.databaseRows() + " " + l.databaseSha256()));
    }

    private static long scalar(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void rewrite(Path from, Path to, String entryName, Function<String, String> change) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
