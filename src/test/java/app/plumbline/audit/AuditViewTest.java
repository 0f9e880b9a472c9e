package app.plumbline.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.Dates;
import app.plumbline.base.Outcome;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.RawDownload;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    PatientService patients;
    @Autowired
    app.plumbline.security.CurrentUser currentUser;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return _get(Grid.class);
    }

    private java.util.List<AuditEntry> rows() {
        Grid<AuditEntry> grid = grid();
        return IntStream.range(0, Math.min(GridKt._size(grid), 200)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void theExportIsCsvInUtf8AndSaysSo() throws IOException {
        openAs("admin", "admin/audit");
        var export = RawDownload.get(_get(Anchor.class, spec -> spec.withText("Export CSV")));

        assertThat(export.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).startsWith("id,seq,time (UTC),");
    }

    @Test
    void adminFiltersByPatientAndActionAndVerifiesTheChain() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        patients.details(signIn.ref(maria));
        openAs("admin", "admin/audit");

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Patient id")), maria.intValue());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Action")), "patient.access");
        assertThat(rows()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.patientId()).isEqualTo(maria);
            assertThat(e.action()).contains("patient.access");
        });
        assertThat(rows().getFirst().actor()).isEqualTo("anna.berg");
        assertThat(rows().getFirst().role()).isEqualTo("THERAPIST");

        _click(_get(Button.class, spec -> spec.withText("Verify the chain")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("chain-status")).getText()).contains("intact");
    }

    @Test
    void theTrailNamesThePatientAndSaysTheActionInWords() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        patients.details(signIn.ref(maria));
        openAs("admin", "admin/audit");

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Patient id")), maria.intValue());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Action")), "patient.access");
        Grid<AuditEntry> grid = grid();
        AuditEntry newest = GridKt._get(grid, 0);
        assertThat(GridKt._getFormatted(GridKt._getColumnByHeader(grid, "Patient"), newest)).isEqualTo("Maria Lopez");
        assertThat(GridKt._getFormatted(GridKt._getColumnByHeader(grid, "Action"), newest))
                .isEqualTo("Opened patient data");
        assertThat(GridKt._getFormatted(GridKt._getColumnByHeader(grid, "Time"), newest))
                .isEqualTo(Dates.momentToSecond(newest.at(), currentUser.zone()));
    }

    @Test
    void aPatientOfAnotherClinicOrAnUnknownActionIsStillShown() {
        var entry = new AuditEntry(1, 1L, java.time.Instant.EPOCH, "x", "ADMIN", 99L, "backup.verify-restore",
                Outcome.SUCCESS, null, null);
        assertThat(entry.patientLabel()).isEqualTo("Patient #99");
        assertThat(entry.actionInWords()).isEqualTo("Backup verify restore");
        assertThat(entry.named("Maria Lopez").patientLabel()).isEqualTo("Maria Lopez");
        assertThat(new AuditEntry(1, 1L, java.time.Instant.EPOCH, "x", "ADMIN", null, "login", Outcome.SUCCESS,
                null, null).actionInWords()).isEqualTo("Signed in");
    }

    @Test
    void refusalsAreListedAsRefused() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> patients.details(signIn.ref(maria + 1000))).isInstanceOf(RuntimeException.class);
        openAs("admin", "admin/audit");

        @SuppressWarnings("unchecked")
        Select<Outcome> outcome = _get(Select.class, spec -> spec.withLabel("Outcome"));
        _setValue(outcome, Outcome.DENIED);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Who")), "maria.lopez");
        assertThat(rows()).isNotEmpty().allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
        assertThat(rows().getFirst().detail()).isEqualTo("test: Patients see only their own data");
    }

    @Test
    void onlyAnAdminOpensTheAuditTrail() {
        signIn.as("anna.berg");
        assertRefused("admin/audit");
        signIn.as("maria.lopez");
        assertRefused("admin/audit");
    }
}
