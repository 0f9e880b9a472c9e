package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo stories, seen through the adherence figures. */
@ServiceTest
class AdherenceServiceTest {

    @Autowired
    AdherenceService adherence;
    @Autowired
    app.plumbline.testing.DemoPatients demo;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Long patient(String therapist, String name) {
        return demo.id(therapist, name);
    }

    @Test
    void theDemoStoriesShowInTheFigures() {
        Long james = patient("anna.berg", "James O'Connor");
        var stopped = adherence.report(signIn.ref(james), 8);
        assertThat(stopped.dayPercent14()).isZero();
        assertThat(stopped.weeks().getFirst().dayPercent()).isGreaterThan(40);

        Long maria = patient("anna.berg", "Maria Lopez");
        assertThat(adherence.report(signIn.ref(maria), 8).exercisePercent14()).isGreaterThan(75);

        Long helen = patient("tom.ruiz", "Helen Wright");
        assertThat(adherence.report(signIn.ref(helen), 8).exercisePercent14()).isBetween(10, 45);

        Long sofia = patient("anna.berg", "Sofia Rossi");
        var rising = adherence.report(signIn.ref(sofia), 8).weeks();
        assertThat(rising.get(rising.size() - 2).meanPain()).isGreaterThan(rising.getFirst().meanPain() + 2);
        assertThat(rising.stream().mapToInt(AdherenceReport.WeekRow::worseMornings).sum()).isPositive();
        assertThat(adherence.report(signIn.ref(sofia), 8).heat()).hasSize(4)
                .allSatisfy(row -> assertThat(row.cells()).hasSize(AdherenceService.HEAT_DAYS));
    }

    @Test
    void onlyTheirClinicAndThePatientThemselfSeeTheFigures() {
        Long maria = patient("anna.berg", "Maria Lopez");
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> adherence.report(signIn.ref(maria), 8)).isInstanceOf(AccessDeniedException.class);
        signIn.as("james.oconnor");
        assertThatThrownBy(() -> adherence.report(signIn.ref(maria), 8)).isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThat(adherence.report(signIn.ref(maria), 8).weeks()).hasSize(8);
    }
}
