package app.plumbline.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Tables go in after the tables their foreign keys point at, whatever their names. */
class InsertOrderTest {

    @Test
    void everyTableComesAfterWhatItReferences() {
        Map<String, Table> tables = tables(Map.of(
                "a_log", Set.of("patient", "program"),
                "clinic", Set.of(),
                "patient", Set.of("clinic", "account"),
                "account", Set.of("clinic"),
                "program", Set.of("patient"),
                "tree", Set.of("tree")));

        List<String> order = SchemaReader.insertOrder(tables).stream().map(Table::name).toList();

        assertThat(order).containsExactly("clinic", "account", "patient", "program", "a_log", "tree");
    }

    @Test
    void aCycleIsNamed() {
        Map<String, Table> tables = tables(Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of()));

        assertThatThrownBy(() -> SchemaReader.insertOrder(tables)).isInstanceOf(MoveException.class)
                .hasMessageContaining("cycle").hasMessageContaining("a, b");
    }

    private static Map<String, Table> tables(Map<String, Set<String>> references) {
        Map<String, Table> tables = new TreeMap<>();
        references.forEach((name, refs) -> tables.put(name, new Table(name, name, List.of(), List.of(), refs)));
        return tables;
    }
}
