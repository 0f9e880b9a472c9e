package app.plumbline.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.audit.AuditLog;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.PainfulSession;
import app.plumbline.workbench.ui.PatientsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
    @Autowired
    AuditLog audit;

    @Test
    void eachActionOnThePatientPageWritesOneReadableAuditRow() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        painfulSession.raiseRedFlag(maria);
        int before = audit.rowsFor(maria).size();

        openAs("anna.berg", "patients/" + maria);
        // Details, findings, red flags, adherence, suggestions and versions: one screen, one row.
        assertThat(newRows(maria, before)).containsExactly("patient.access: Opened the patient page");

        _click(_get(Button.class, spec -> spec.withText("Acknowledge red flags")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(newRows(maria, before + 1)).containsExactly("redflag.acknowledge: 1 red flags");

        openAs("anna.berg", "patients/" + maria + "/program");
        assertThat(newRows(maria, before + 2)).containsExactly("patient.access: Opened the program builder");
    }

    /** The rows written since the first {@code seen}, oldest first. */
    private java.util.List<String> newRows(Long patientId, int seen) {
        var rows = audit.rowsFor(patientId);
        return rows.subList(0, rows.size() - seen).reversed();
    }

    @Test
    void theTherapistSeesAndAcknowledgesRedFlagsOnThePatientPage() {
        Long sofia = demo.id("anna.berg", "Sofia Rossi");
        painfulSession.raiseRedFlag(sofia);
        openAs("anna.berg", "patients/" + sofia);

        assertThat(_find(H2.class)).extracting(H2::getText).contains("Red flags and notes");
        assertThat(_find(ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("/10 during") && t.endsWith("Open"));
        // Twelve open flags: every one listed (not only the newest ten), and nothing cleared without a yes.
        for (int i = 0; i < 11; i++) {
            painfulSession.raiseRedFlag(sofia);
        }
        openAs("anna.berg", "patients");
        openAs("anna.berg", "patients/" + sofia);
        assertThat(_find(ListItem.class)).filteredOn(li -> li.getElement().getTextRecursively().endsWith("Open"))
                .hasSizeGreaterThanOrEqualTo(12);
        _click(_get(Button.class, spec -> spec.withText("Acknowledge red flags")));
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).startsWith("Acknowledge ").endsWith(" open red flags?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(_find(Button.class, spec -> spec.withText("Acknowledge red flags"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Acknowledge red flags")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

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
