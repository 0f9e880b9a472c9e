package app.plumbline.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-table checksum and the database-neutral values it is taken over. */
class TableDigestTest {

    @Test
    void theChecksumIsSha256OfTheLinesEachWithANewline() throws Exception {
        TableDigest digest = new TableDigest();
        digest.add("[\"1\",\"a\"]");
        digest.add("[\"2\",null]");

        TableDigest.Result result = digest.result();

        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("[\"1\",\"a\"]\n[\"2\",null]\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.sha256()).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void anEmptyTableHasTheChecksumOfNothing() {
        assertThat(new TableDigest().result())
                .isEqualTo(new TableDigest.Result(0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void orderNullAndEmptyEachChangeTheChecksum() {
        String one = CanonicalRow.encode(List.of("1", "x"));
        String two = CanonicalRow.encode(List.of("2", "y"));

        assertThat(digest(one, two)).isNotEqualTo(digest(two, one));
        assertThat(digest(CanonicalRow.encode(Arrays.asList("1", null))))
                .isNotEqualTo(digest(CanonicalRow.encode(List.of("1", ""))));
    }

    @Test
    void valuesReadTheSameWhateverTheDatabaseReturns() {
        // PostgreSQL returns numeric(4,1) as 2.0 and a timestamptz in UTC; H2 may keep the scale and the offset.
        assertThat(CanonicalValue.decimal(new BigDecimal("2.0"))).isEqualTo(CanonicalValue.decimal(new BigDecimal("2")))
                .isEqualTo("2");
        assertThat(CanonicalValue.decimal(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(CanonicalValue.decimal(new BigDecimal("0.0"))).isEqualTo("0");
        assertThat(CanonicalValue.decimal(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(CanonicalValue.instant(OffsetDateTime.parse("2026-11-18T10:00:00.123456+01:00")))
                .isEqualTo(CanonicalValue.instant(OffsetDateTime.parse("2026-11-18T09:00:00.123456Z")))
                .isEqualTo("2026-11-18T09:00:00.123456Z");
        assertThat(CanonicalValue.binary(new byte[] {0, -1, 65})).isEqualTo("AP9B");
        assertThat(CanonicalValue.decimal(null)).isNull();
        assertThat(CanonicalValue.binary(new byte[0])).isEmpty();
    }

    @Test
    void columnKindsAreTheSameForH2AndPostgresqlNames() {
        assertThat(ColumnKind.of(java.sql.Types.TIMESTAMP, "timestamptz")).isEqualTo(ColumnKind.TIMESTAMP_TZ);
        assertThat(ColumnKind.of(java.sql.Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE"))
                .isEqualTo(ColumnKind.TIMESTAMP_TZ);
        assertThat(ColumnKind.of(java.sql.Types.TIMESTAMP, "TIMESTAMP")).isEqualTo(ColumnKind.TIMESTAMP);
        assertThat(ColumnKind.of(java.sql.Types.BIT, "bool")).isEqualTo(ColumnKind.BOOLEAN);
        assertThat(ColumnKind.of(java.sql.Types.BINARY, "bytea")).isEqualTo(ColumnKind.BINARY);
        assertThat(ColumnKind.of(java.sql.Types.CLOB, "CHARACTER LARGE OBJECT")).isEqualTo(ColumnKind.TEXT);
        assertThat(ColumnKind.of(java.sql.Types.DOUBLE, "DOUBLE PRECISION")).isEqualTo(ColumnKind.DOUBLE);
        assertThat(ColumnKind.of(java.sql.Types.DOUBLE, "float8")).isEqualTo(ColumnKind.DOUBLE);
    }

    private static String digest(String... lines) {
        TableDigest digest = new TableDigest();
        for (String line : lines) {
            digest.add(line);
        }
        return digest.result().sha256();
    }
}
