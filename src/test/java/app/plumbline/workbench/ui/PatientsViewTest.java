package app.plumbline.workbench.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.Standing;
import app.plumbline.adherence.StandingService;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientQuery;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSort;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.workbench.ui.PatientListing.Row;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The therapist's home reads the list one page at a time, searched and ordered by the services. */
class PatientsViewTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    StandingService standings;
    @Autowired
    DemoPatients demo;

    /** Seven new patients without a program beside the six of the demo: more than a few pages of four. */
    private static boolean filled;

    @BeforeEach
    void newPatientsWithoutAProgram() {
        if (filled) {
            return;
        }
        signIn.as("tom.ruiz");
        for (String family : List.of("Ahn", "Berger", "Costa", "Diallo", "Evans", "Fischer", "Garcia")) {
            patients.create(new PatientDetailsInput("Paging", family, null, null, "en", null));
        }
        signIn.out();
        filled = true;
    }

    @SuppressWarnings("unchecked")
    private Grid<Row> openList() {
        openAs("anna.berg", "patients");
        return _get(Grid.class, spec -> spec.withClasses("patient-grid"));
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withPlaceholder("Search by name or pattern"));
    }

    /** Every row, each fetched on its own (offset = row, limit = 1), as Karibu reads a lazy grid. */
    private static List<Row> rows(Grid<Row> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(r -> r.patient().id()).toList();
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(r -> r.patient().fullName()).toList();
    }

    @Test
    void theSearchNarrowsTheGridByNameAndByPattern() {
        Grid<Row> grid = openList();
        int everyone = patients.count(PatientQuery.all());
        assertThat(GridKt._size(grid)).isEqualTo(everyone);

        _setValue(search(), "ROSSI");
        assertThat(names(rows(grid))).isNotEmpty().allMatch(n -> n.toLowerCase(Locale.ROOT).contains("rossi"))
                .contains("Sofia Rossi");
        assertThat(GridKt._size(grid)).isLessThan(everyone);

        // A pattern's name finds the patients whose latest assessment has it.
        _setValue(search(), "jaw asymmetry");
        assertThat(rows(grid)).extracting(Row::patterns).isNotEmpty()
                .allMatch(p -> p.toLowerCase(Locale.ROOT).contains("jaw asymmetry"));
        assertThat(names(rows(grid))).contains("Sofia Rossi").doesNotContain("Maria Lopez");

        _setValue(search(), "nobody is called this");
        assertThat(GridKt._size(grid)).isZero();
        _setValue(search(), "");
        assertThat(GridKt._size(grid)).isEqualTo(everyone);
    }

    @Test
    void sortingByAdherenceOrdersEveryRowByTheStandings() {
        Grid<Row> grid = openList();
        Function<Row, Integer> adherence = r -> r.adherence() == null ? -1 : r.adherence();

        GridKt._sortByHeader(grid, "Adherence (14 days)", SortDirection.ASCENDING);
        List<Row> up = rows(grid);
        assertThat(up).extracting(adherence).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(up.stream().map(Row::adherence).filter(Objects::nonNull).distinct().count())
                .as("different adherences among the demo patients").isGreaterThan(2);
        assertMatchesTheStandings(up);

        GridKt._sortByHeader(grid, "Adherence (14 days)", SortDirection.DESCENDING);
        List<Row> down = rows(grid);
        assertThat(down).extracting(adherence).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids(down)).containsExactlyInAnyOrderElementsOf(ids(up));
        // Ties keep the list's order by name either way.
        assertTiesByName(up, adherence);
        assertTiesByName(down, adherence);
    }

    @Test
    void sortingByLastSessionOrdersEveryRowByTheStandings() {
        Grid<Row> grid = openList();
        Function<Row, LocalDate> last = r -> r.lastSession() == null ? LocalDate.MIN : r.lastSession();

        GridKt._sortByHeader(grid, "Last session", SortDirection.ASCENDING);
        List<Row> up = rows(grid);
        assertThat(up).extracting(last).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(up.stream().map(Row::lastSession).filter(Objects::nonNull).distinct().count()).isGreaterThan(1);
        assertMatchesTheStandings(up);
        assertThat(up.getFirst().lastSession()).as("never comes first").isNull();

        GridKt._sortByHeader(grid, "Last session", SortDirection.DESCENDING);
        List<Row> down = rows(grid);
        assertThat(down).extracting(last).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(down.getFirst().lastSession()).isNotNull();
        assertTiesByName(down, last);
    }

    @Test
    void everySortableColumnSortsBothWays() {
        Grid<Row> grid = openList();
        Map<String, Function<Row, Comparable<?>>> columns = Map.of(
                "Age", r -> r.patient().age() == null ? -1 : r.patient().age(),
                "Therapist", r -> r.patient().therapistName() == null ? ""
                        : r.patient().therapistName().toLowerCase(Locale.ROOT),
                "Messages", Row::unread,
                "Active program", r -> r.program().activeVersion() == null ? 0 : r.program().activeVersion());
        columns.forEach((header, key) -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<Row> order = Comparator.comparing((Function) key);
            GridKt._sortByHeader(grid, header, SortDirection.ASCENDING);
            assertThat(rows(grid)).as(header + " ascending").isSortedAccordingTo(order);
            GridKt._sortByHeader(grid, header, SortDirection.DESCENDING);
            assertThat(rows(grid)).as(header + " descending").isSortedAccordingTo(order.reversed());
        });
        // By name: the patient module's order (family name, then given name), both ways.
        GridKt._sortByHeader(grid, "Name", SortDirection.DESCENDING);
        List<Long> down = ids(rows(grid));
        assertThat(down).isEqualTo(patients.ids(PatientQuery.all().sortedBy(PatientSort.NAME, true)));
        GridKt._sortByHeader(grid, "Name", SortDirection.ASCENDING);
        assertThat(ids(rows(grid))).isEqualTo(patients.ids(PatientQuery.all())).isNotEqualTo(down);
        assertThat(GridKt._getColumnByHeader(grid, "Patterns").isSortable()).isFalse();
        assertThat(GridKt._getColumnByHeader(grid, "Status").isSortable()).isFalse();
    }

    @Test
    void pagesBeyondTheFirstFollowOnInEveryOrder() {
        Grid<Row> grid = openList();
        int size = GridKt._size(grid);
        assertThat(size).isGreaterThanOrEqualTo(13);
        for (String header : List.of("Name", "Adherence (14 days)", "Therapist", "Last session")) {
            GridKt._sortByHeader(grid, header, SortDirection.DESCENDING);
            List<Long> whole = ids(GridKt._fetch(grid, 0, size));
            assertThat(whole).as(header).hasSize(size).doesNotHaveDuplicates();
            List<Long> paged = IntStream.iterate(0, offset -> offset < size, offset -> offset + 4)
                    .mapToObj(offset -> GridKt._fetch(grid, offset, 4)).flatMap(List::stream)
                    .map(r -> r.patient().id()).toList();
            assertThat(paged).as(header).isEqualTo(whole);
            assertThat(GridKt._fetch(grid, size - 1, 10)).as(header).hasSize(1);
            assertThat(GridKt._fetch(grid, size, 10)).as(header).isEmpty();
        }
    }

    @Test
    void aRowShowsWhatTheOtherModulesKnow() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        Grid<Row> grid = openList();
        _setValue(search(), "Maria Lopez");
        Row row = rows(grid).stream().filter(r -> r.patient().id().equals(maria)).findFirst().orElseThrow();
        Standing standing = standings.standings(List.of(maria)).get(maria);
        assertThat(row.adherence()).isEqualTo(standing.adherence14()).isNotNull();
        assertThat(row.lastSession()).isEqualTo(standing.lastSession()).isNotNull();
        assertThat(row.program().activeVersion()).isNotNull();
        assertThat(row.patterns()).containsIgnoringCase("forward head");
        assertThat(GridKt._getFormatted(GridKt._getColumnByHeader(grid, "Adherence (14 days)"), row))
                .isEqualTo(standing.adherence14() + " %");
    }

    private void assertMatchesTheStandings(List<Row> rows) {
        Map<Long, Standing> truth = standings.standings(ids(rows));
        assertThat(rows).allSatisfy(r -> {
            Standing s = truth.get(r.patient().id());
            assertThat(r.adherence()).isEqualTo(s == null ? null : s.adherence14());
            assertThat(r.lastSession()).isEqualTo(s == null ? null : s.lastSession());
        });
    }

    /** Rows with the same value come in the order of the list by name (family name, then given name). */
    private void assertTiesByName(List<Row> rows, Function<Row, ?> value) {
        List<Long> byName = patients.ids(PatientQuery.all());
        for (int i = 1; i < rows.size(); i++) {
            Row before = rows.get(i - 1);
            Row after = rows.get(i);
            if (Objects.equals(value.apply(before), value.apply(after))) {
                assertThat(byName.indexOf(before.patient().id())).isLessThan(byName.indexOf(after.patient().id()));
            }
        }
    }
}
