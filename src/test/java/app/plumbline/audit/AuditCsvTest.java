package app.plumbline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.Outcome;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static AuditEntry entry(String actor, String detail) {
        return new AuditEntry(7, 3L, Instant.parse("2026-11-21T10:15:30Z"), actor, "THERAPIST", 42L,
                "patient.read", Outcome.SUCCESS, "127.0.0.1", detail);
    }

    private static List<CSVRecord> roundTrip(AuditEntry... entries) throws Exception {
        var out = new StringWriter();
        AuditCsv.write(Stream.of(entries), out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void quotesCommasAndNewlinesSurviveARoundTrip() throws Exception {
        String detail = "said \"stop\", then\nleft; a\r\nnew line";
        CSVRecord row = roundTrip(entry("anna.berg", detail)).getFirst();
        assertThat(row.get("detail")).isEqualTo(detail);
        assertThat(row.get("actor")).isEqualTo("anna.berg");
        assertThat(row.get("patient id")).isEqualTo("42");
        assertThat(row.get("time (UTC)")).isEqualTo("2026-11-21T10:15:30Z");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws Exception {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")) {
            CSVRecord row = roundTrip(entry(formula, formula)).getFirst();
            assertThat(row.get("actor")).as(formula).isEqualTo("'" + formula);
            assertThat(row.get("detail")).as(formula).isEqualTo("'" + formula);
        }
        assertThat(roundTrip(entry("a=b", "1-2")).getFirst().get("actor")).isEqualTo("a=b");
    }

    @Test
    void emptyCellsStayEmpty() throws Exception {
        CSVRecord row = roundTrip(entry(null, null)).getFirst();
        assertThat(row.get("actor")).isEmpty();
        assertThat(row.get("detail")).isEmpty();
        assertThat(row.size()).isEqualTo(AuditCsv.HEADER.length);
    }
}
