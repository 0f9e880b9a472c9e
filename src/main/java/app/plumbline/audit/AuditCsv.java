package app.plumbline.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The audit trail as CSV for a spreadsheet: Commons CSV quotes; formula-like cells are defused. */
final class AuditCsv {

    static final String[] HEADER = {"id", "seq", "time (UTC)", "actor", "role", "patient id", "action", "outcome",
            "client address", "detail"};

    private AuditCsv() {
    }

    static void write(Stream<AuditEntry> entries, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        var rows = entries.iterator();
        while (rows.hasNext()) {
            AuditEntry e = rows.next();
            csv.printRecord(e.id(), e.seq(), e.at(), cell(e.actor()), e.role(), e.patientId(), cell(e.action()),
                    e.outcome(), cell(e.clientAddress()), cell(e.detail()));
        }
        csv.flush();
    }

    /**
     * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula;
     * such text gets a leading apostrophe (OWASP's advice on CSV injection).
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
