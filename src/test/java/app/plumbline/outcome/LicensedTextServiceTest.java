package app.plumbline.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The admin imports a licensed measure's texts for the clinic (made-up fixture text), and removes them. */
@ServiceTest
class LicensedTextServiceTest {

    @Autowired
    LicensedTextService service;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    DemoPatients demo;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    ClinicQuestionnaires clinicQuestionnaires;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("delete from licensed_questionnaire_text");
    }

    private boolean ndiAnswerableFor(String therapist, Long patient) {
        signIn.as(therapist);
        return outcomes.overview(signIn.ref(patient)).choices().stream().filter(c -> c.slug().equals("ndi"))
                .findFirst().orElseThrow().answerable();
    }

    @Test
    void theAdminImportsWithTheLicenceConfirmedAndOnlyThisClinicGetsTheTexts() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        assertThat(ndiAnswerableFor("anna.berg", maria)).isFalse();

        signIn.as("admin");
        assertThat(service.measures()).extracting(LicensedMeasure::slug).containsExactlyInAnyOrder("ears", "ndi", "odi");
        var imported = service.importTexts(LicensedTextFileTest.fakeNdi(), true);
        assertThat(imported.imported()).isTrue();
        assertThat(imported.importedBy()).isNotBlank();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'questionnaire.texts.import' "
                + "order by id desc limit 1", String.class))
                .contains("ndi: 10 items imported").contains("(admin) confirmed the clinic holds a licence");

        assertThat(ndiAnswerableFor("anna.berg", maria)).isTrue();
        signIn.as("anna.berg");
        assertThat(outcomes.paperForm(signIn.ref(maria), "ndi").items().getFirst().text()).isEqualTo("Fake section 1");

        signIn.as(otherClinic.therapist());
        assertThat(clinicQuestionnaires.find("ndi").orElseThrow().answerable()).isFalse();
        assertThat(clinicQuestionnaires.all()).filteredOn(q -> q.slug().equals("ndi"))
                .allMatch(q -> !q.answerable() && q.items().getFirst().text() == null);
    }

    @Test
    void withoutTheLicenceConfirmedOrWithABadFileNothingIsStoredAndEveryProblemIsListed() {
        signIn.as("admin");
        String broken = new String(LicensedTextFileTest.fakeNdi(), StandardCharsets.UTF_8)
                .replace("5: Fake statement 1.5\n", "");
        assertThatThrownBy(() -> service.importTexts(broken.getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("licenceHeld", "line 5/pain-intensity"));
        assertThatThrownBy(() -> service.importTexts(new byte[0], true))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose the file with the texts.");
        assertThat(jdbc.queryForObject("select count(*) from licensed_questionnaire_text", Integer.class)).isZero();
    }

    @Test
    void removedTextsMakeTheMeasureUnanswerableAgainAndOnlyAnAdminMayImport() {
        signIn.as("admin");
        service.importTexts(LicensedTextFileTest.fakeNdi(), true);
        service.remove("ndi");
        assertThat(service.measures()).noneMatch(LicensedMeasure::imported);
        assertThatThrownBy(() -> service.remove("ndi")).isInstanceOf(InvalidInputException.class);

        signIn.as("anna.berg");
        assertThatThrownBy(() -> service.importTexts(LicensedTextFileTest.fakeNdi(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.measures()).isInstanceOf(AccessDeniedException.class);
    }
}
