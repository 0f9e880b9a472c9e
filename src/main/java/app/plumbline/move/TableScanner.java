package app.plumbline.move;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a table's rows in canonical form and primary-key order, counting and checksumming them.
 * Tables keyed by numbers are ordered by the database and streamed; a key with text (whose order
 * depends on the database's collation) or no key at all is sorted here, in memory, by code unit.
 */
final class TableScanner {

    /** Receives each row's canonical line, with its newline, as counted in the checksum. */
    interface LineSink {
        void accept(byte[] line) throws IOException;
    }

    private TableScanner() {
    }

    static TableDigest.Result scan(Connection connection, Table table, List<String> columnNames, LineSink sink)
            throws SQLException {
        List<Column> columns = columnNames.stream().map(table::column).toList();
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String select = "select " + columns.stream().map(c -> quote + c.sqlName() + quote).collect(Collectors.joining(", "))
                + " from " + quote + table.sqlName() + quote;
        boolean streamed = table.orderedByDatabase();
        if (streamed) {
            select += " order by " + table.primaryKey().stream().map(k -> quote + table.column(k).sqlName() + quote)
                    .collect(Collectors.joining(", "));
        }
        TableDigest digest = new TableDigest();
        List<List<String>> buffered = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery(select)) {
                while (rows.next()) {
                    List<String> values = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(CanonicalValue.read(rows, i + 1, columns.get(i).kind()));
                    }
                    if (streamed) {
                        write(digest, sink, values);
                    } else {
                        buffered.add(values);
                    }
                }
            }
        }
        buffered.sort(order(table, columns));
        for (List<String> values : buffered) {
            write(digest, sink, values);
        }
        return digest.result();
    }

    private static void write(TableDigest digest, LineSink sink, List<String> values) {
        byte[] line = digest.add(CanonicalRow.encode(values));
        if (sink != null) {
            try {
                sink.accept(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** By the primary key's columns, or by all columns when there is no key. */
    static Comparator<List<String>> order(Table table, List<Column> columns) {
        List<String> keys = table.primaryKey().isEmpty() ? columns.stream().map(Column::name).toList() : table.primaryKey();
        Comparator<List<String>> order = (a, b) -> 0;
        for (String key : keys) {
            int index = columns.indexOf(table.column(key));
            boolean numeric = table.column(key).kind().numeric();
            Comparator<String> values = numeric ? Comparator.comparing(BigDecimal::new) : Comparator.naturalOrder();
            order = order.thenComparing(row -> row.get(index), Comparator.nullsFirst(values));
        }
        return order;
    }
}
