package app.plumbline.adherence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.AdherenceReport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatTableTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static AdherenceReport report() {
        return new AdherenceReport(MONDAY.plusDays(2), 75, 67, List.of(),
                List.of(new AdherenceReport.HeatRow(1L, "Chin tuck", Arrays.asList(1.0, 0.5, null)),
                        new AdherenceReport.HeatRow(2L, "Wall angel", Arrays.asList(0.0, 1.0, null))),
                List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)));
    }

    @Test
    void theMapIsFocusableAndItsNumbersAreATableBehindASummary() {
        var panel = new AdherencePanel(report());
        var map = panel.getChildren().filter(c -> c.hasClassName("heat-map")).findFirst().orElseThrow();
        assertThat(map.getElement().getAttribute("tabindex")).isEqualTo("0");

        var table = panel.getChildren().filter(HeatTable.class::isInstance).map(HeatTable.class::cast)
                .findFirst().orElseThrow();
        assertThat(table.getSummaryText()).isEqualTo("The same days as a table");
        var scroller = table.getContent().findFirst().orElseThrow();
        assertThat(scroller.getElement().getAttribute("tabindex")).isEqualTo("0");
        String text = scroller.getElement().getTextRecursively();
        // Newest day first, a column per exercise.
        assertThat(text).startsWith("DayChin tuckWall angel" + "Wed 2 Decnot duenot due"
                + "Tue 1 Dec50 %100 %" + "Mon 30 Nov100 %0 %");
    }

    @Test
    void noProgramNoTable() {
        var empty = new AdherenceReport(MONDAY, null, null, List.of(), List.of(), List.of());
        assertThat(new AdherencePanel(empty).getChildren().filter(HeatTable.class::isInstance)).isEmpty();
    }
}
