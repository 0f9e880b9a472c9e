package app.plumbline.move;

import java.util.List;
import java.util.Set;

/**
 * An application table: its columns in the database's order, its primary key (lower-case column
 * names, in key order; empty if it has none) and the tables its foreign keys point at.
 */
record Table(String name, String sqlName, List<Column> columns, List<String> primaryKey, Set<String> references) {

    Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new MoveException("Table " + this.name + " has no column " + name + "."));
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Whether the database's order by the primary key is the archive's order (numbers sort alike everywhere). */
    boolean orderedByDatabase() {
        return !primaryKey.isEmpty() && primaryKey.stream().allMatch(k -> column(k).kind() == ColumnKind.INTEGER);
    }
}
