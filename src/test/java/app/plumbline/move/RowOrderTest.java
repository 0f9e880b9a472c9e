package app.plumbline.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows the database cannot order alike everywhere (a text key, whose order follows the collation, or
 * no key) are sorted in Java: text by code unit, numbers by value, NULL first.
 */
class RowOrderTest {

    private static final Column NAME = new Column("name", "NAME", Types.VARCHAR, "varchar", ColumnKind.TEXT, false);
    private static final Column SEQ = new Column("seq", "SEQ", Types.INTEGER, "integer", ColumnKind.INTEGER, false);
    private static final Column NOTE = new Column("note", "NOTE", Types.VARCHAR, "varchar", ColumnKind.TEXT, false);

    @Test
    void aTextKeySortsByCodeUnitWhateverTheDatabaseCollation() {
        Table table = new Table("lock", "LOCK", List.of(NAME, SEQ), List.of("name", "seq"), Set.of());
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("b", "1"), List.of("a", "10"), List.of("B", "1"), List.of("a", "9"), List.of("é", "1")));

        rows.sort(TableScanner.order(table, table.columns()));

        assertThat(rows).containsExactly(List.of("B", "1"), List.of("a", "9"), List.of("a", "10"), List.of("b", "1"),
                List.of("é", "1"));
        assertThat(table.orderedByDatabase()).isFalse();
    }

    @Test
    void aTableWithoutAKeySortsByAllColumnsNullFirst() {
        Table table = new Table("log", "LOG", List.of(SEQ, NOTE), List.of(), Set.of());
        List<List<String>> rows = new ArrayList<>(List.of(
                Arrays.asList("2", "x"), Arrays.asList("2", null), Arrays.asList(null, "z"), Arrays.asList("10", "a")));

        rows.sort(TableScanner.order(table, table.columns()));

        assertThat(rows).containsExactly(Arrays.asList(null, "z"), Arrays.asList("2", null), Arrays.asList("2", "x"),
                Arrays.asList("10", "a"));
    }

    @Test
    void aNumericKeyIsLeftToTheDatabase() {
        Table table = new Table("clinic", "CLINIC", List.of(SEQ, NOTE), List.of("seq"), Set.of());

        assertThat(table.orderedByDatabase()).isTrue();
    }
}
