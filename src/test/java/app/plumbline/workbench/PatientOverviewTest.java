package app.plumbline.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.PainfulSession;
import app.plumbline.workbench.ui.PatientsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PatientOverviewTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    PainfulSession painfulSession;

    @Test
    void theTherapistSeesAndAcknowledgesRedFlagsOnThePatientPage() {
        Long sofia = demo.id("anna.berg", "Sofia Rossi");
        painfulSession.raiseRedFlag(sofia);
        openAs("anna.berg", "patients/" + sofia);

        assertThat(_find(H2.class)).extracting(H2::getText).contains("Red flags and notes");
        assertThat(_find(ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("/10 during") && t.endsWith("Open"));
        _click(_get(Button.class, spec -> spec.withText("Acknowledge red flags")));

        assertThat(_find(Button.class, spec -> spec.withText("Acknowledge red flags"))).isEmpty();
        assertThat(_find(ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .noneMatch(t -> t.contains("Pain") && t.endsWith("Open"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePatientListShowsFourteenDayAdherence() {
        openAs("anna.berg", "patients");
        _get(PatientsView.class);
        Grid<Object> grid = _get(Grid.class);
        var column = GridKt._getColumnByHeader(grid, "Adherence (14 days)");
        var cells = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(column, GridKt._get(grid, row))).toList();
        assertThat(cells).allMatch(c -> c.equals("–") || c.matches("\\d{1,3} %")).anyMatch(c -> c.endsWith("%"));
    }
}
