package app.plumbline.patient;

import app.plumbline.testing.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.security.PatientAccounts;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@ServiceTest
class PatientServiceTest {

    @Autowired
    PatientService patients;
    @Autowired
    PatientAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static PatientDetailsInput details(String given, String family) {
        return new PatientDetailsInput(given, family, LocalDate.of(1980, 5, 1), null, "en", null);
    }

    @Test
    void newPatientActivatesWithTheOneTimeCodeAndChoosesAPassword() {
        signIn.as("anna.berg");
        var created = patients.create(details("Zoë", "Müller-Lüdenscheidt"));
        assertThat(created.activation().username()).isEqualTo("zoe.mullerludenscheidt");
        assertThat(users.loadUserByUsername("zoe.mullerludenscheidt").isEnabled()).isFalse();
        signIn.out();

        String username = accounts.activate(PatientAccounts.formatted(created.activation().code()).toLowerCase(),
                "my own long password");

        assertThat(username).isEqualTo("zoe.mullerludenscheidt");
        assertThat(users.loadUserByUsername(username).isEnabled()).isTrue();
        assertThatThrownBy(() -> accounts.activate(created.activation().code(), "another long password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void namesLoseInvisibleCharactersAndNeedALetter() {
        signIn.as("anna.berg");
        var created = patients.create(details("\u202EMarta\u202C", "Lo\u200Bngo\u2066"));
        var stored = patients.details(signIn.ref(created.patientId()));
        assertThat(stored.givenName()).isEqualTo("Marta");
        assertThat(stored.familyName()).isEqualTo("Longo");
        assertThat(created.activation().username()).matches("marta\\.longo\\d*");

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> patients.create(details("Ines", "\u200B\u2060\uFEFF\u202E")))
                .problems()).containsExactly(new FieldProblem("familyName", "Enter the last name (up to 100 characters)."));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> patients.create(details("1234", "Lopez")))
                .problems()).containsExactly(new FieldProblem("givenName", "The first name needs at least one letter."));
        var unchanged = patients.details(signIn.ref(created.patientId()));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> patients.update(signIn.ref(created.patientId()),
                unchanged.version(), details("Marta", "\u2067\u200F-\u2069"))).field()).isEqualTo("familyName");
        assertThat(patients.details(signIn.ref(created.patientId())).familyName()).isEqualTo("Longo");
    }

    @Test
    void aPatientCreatedWithFindingsHasTodaysAssessmentAndABadFindingSavesNeither() {
        signIn.as("anna.berg");
        var tilt = new Finding("head-tilt-turn", FindingSide.LEFT, 3, "chin turns right");
        var created = patients.create(details("Flora", "Findings"), List.of(tilt));
        var stored = patients.details(signIn.ref(created.patientId()));
        assertThat(stored.assessments()).singleElement().satisfies(a -> {
            assertThat(a.assessedOn()).isEqualTo(app.plumbline.testing.TestClock.today());
            assertThat(a.findings()).containsExactly(tilt);
        });

        long before = patients.clinicPatients().size();
        var problems = catchThrowableOfType(InvalidInputException.class, () -> patients.create(
                details("", "Nobody"), List.of(new Finding("no-such-pattern", FindingSide.BOTH, 2, null)))).problems();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("givenName", "findings");
        assertThat(patients.clinicPatients()).hasSize((int) before);
    }

    @Test
    void aNewCodeReplacesTheOldOneAndWeakPasswordsAreRefused() {
        signIn.as("anna.berg");
        var created = patients.create(details("Ida", "Code"));
        var second = patients.newActivationCode(signIn.ref(created.patientId()));
        signIn.out();

        assertThatThrownBy(() -> accounts.activate(created.activation().code(), "long enough password"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.activate(second.code(), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(accounts.activate(second.code(), "long enough password")).isEqualTo("ida.code");
    }

    @Test
    void findingsAreRecordedAsHistoryAndTheLatestIsCurrent() {
        signIn.as("anna.berg");
        Long id = patients.create(details("Finn", "Dings")).patientId();
        patients.recordAssessment(signIn.ref(id), new AssessmentInput(TestClock.today().minusDays(30), null,
                List.of(new Finding("forward-head-posture", FindingSide.BOTH, 3, null))));
        patients.recordAssessment(signIn.ref(id), new AssessmentInput(TestClock.today(), "Better",
                List.of(new Finding("forward-head-posture", FindingSide.BOTH, 2, null),
                        new Finding("head-tilt-turn", FindingSide.LEFT, 1, "tilts left when tired"))));

        var details = patients.details(signIn.ref(id));
        assertThat(details.assessments()).hasSize(2);
        assertThat(details.currentFindings()).extracting(Finding::patternSlug)
                .containsExactly("forward-head-posture", "head-tilt-turn");
        assertThat(patients.clinicPatients()).filteredOn(p -> p.id().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.patternSlugs()).containsExactly("forward-head-posture", "head-tilt-turn"));
        assertThat(audit.actionsFor(id)).contains("patient.create", "assessment.create", "patient.access");
    }

    @Test
    void badAssessmentIsRefusedWithEveryProblemAndNothingSaved() {
        signIn.as("anna.berg");
        Long id = patients.create(details("Bad", "Input")).patientId();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> patients.recordAssessment(signIn.ref(id),
                new AssessmentInput(TestClock.today().plusDays(3), null,
                        List.of(new Finding("no-such-pattern", FindingSide.BOTH, 5, null)))));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("assessedOn", "findings");
        assertThat(patients.details(signIn.ref(id)).assessments()).isEmpty();
    }

    @Test
    void aTherapistOfAnotherClinicReachesNothing() {
        signIn.as("anna.berg");
        Long id = patients.create(details("Private", "Person")).patientId();
        signIn.as(otherClinic.therapist());

        assertThat(patients.clinicPatients()).extracting(PatientSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> patients.details(signIn.ref(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.update(signIn.ref(id), 0, details("X", "Y"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.setActive(signIn.ref(id), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.newActivationCode(signIn.ref(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.currentFindings(signIn.ref(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.recordAssessment(signIn.ref(id), new AssessmentInput(TestClock.today(), null,
                List.of(new Finding("forward-head-posture", FindingSide.BOTH, 1, null)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void patientsReachOnlyThemselves() {
        signIn.as("anna.berg");
        Long other = patients.create(details("Someone", "Else")).patientId();
        signIn.as("maria.lopez");

        assertThat(patients.me().givenName()).isEqualTo("Maria");
        assertThatThrownBy(() -> patients.details(signIn.ref(other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.clinicPatients()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.create(details("A", "B"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deactivatingKeepsTheDataAndStopsTheSignIn() {
        signIn.as("anna.berg");
        var created = patients.create(details("Paused", "Patient"));
        Long id = created.patientId();
        signIn.out();
        accounts.activate(created.activation().code(), "paused patient pw");
        signIn.as("anna.berg");

        patients.setActive(signIn.ref(id), false);
        assertThat(users.loadUserByUsername("paused.patient").isEnabled()).isFalse();
        assertThat(patients.details(signIn.ref(id)).active()).isFalse();
        patients.setActive(signIn.ref(id), true);
        assertThat(users.loadUserByUsername("paused.patient").isEnabled()).isTrue();
    }
}
