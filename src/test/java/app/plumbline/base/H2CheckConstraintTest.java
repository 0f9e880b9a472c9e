package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.plumbline.testing.ServiceTest;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Why the H2 connection pool never retires a connection (application.properties): H2 2.4.240 cannot
 * check a constraint with an IN list once the session that created it has closed while the
 * database stayed open. Flyway migrates on a pool connection, so retiring that connection after a
 * start that ran migrations would break inserts into such tables until the next restart. When an
 * H2 upgrade fixes this, the first test fails and the setting can go.
 */
@ServiceTest
class H2CheckConstraintTest {

    @TempDir
    Path dir;
    @Autowired
    DataSource dataSource;

    private static Connection open(String url) throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    @Test
    void aCheckWithAnInListFailsOnceItsCreatingSessionClosedWhileTheDatabaseStayedOpen() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
        try (Connection keepsItOpen = open(url)) {
            try (Connection migrating = open(url)) {
                migrating.createStatement().execute("create table visit (id int primary key, kind varchar(10), "
                        + "constraint ck_visit_kind check (kind in ('portal', 'paper')))");
            }
            try (Connection later = open(url)) {
                assertThatThrownBy(() -> later.createStatement().execute("insert into visit values (1, 'portal')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("Check constraint invalid");
            }
        }
        try (Connection reopened = open(url)) {
            assertThat(reopened.createStatement().executeUpdate("insert into visit values (1, 'portal')")).isOne();
        }
        assertThat(Files.exists(dir.resolve("db.mv.db"))).isTrue();
    }

    @Test
    void onH2ThePoolKeepsItsConnectionsForTheAppsLifetime() {
        var pool = (HikariDataSource) dataSource;
        assumeTrue(pool.getJdbcUrl().startsWith("jdbc:h2:"), "the tests run on PostgreSQL");
        assertThat(pool.getMaxLifetime()).isZero();
    }
}
