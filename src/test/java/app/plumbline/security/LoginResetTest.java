package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

@ServiceTest
class LoginResetTest {

    @Autowired
    PatientService patients;
    @Autowired
    PatientAccounts patientAccounts;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A fresh activated patient of Anna's with one signed-in session; returns the account id. */
    private Long activatedPatientSignedIn(String given, String sessionId) {
        signIn.as("anna.berg");
        var created = patients.create(new PatientDetailsInput(given, "Reset", null, null, "en", null));
        String username = patientAccounts.activate(created.activation().code(), "my first good password");
        sessions.registerNewSession(sessionId, users.loadUserByUsername(username));
        return repository.findByUsername(username).orElseThrow().getId();
    }

    @Test
    void adminResetsAPatientLogin() {
        Long account = activatedPatientSignedIn("Rita", "session-rita");
        signIn.as("admin");

        NewActivation activation = patientAccounts.resetLogin(account);

        assertThat(repository.findById(account).orElseThrow().canSignIn()).isFalse();
        assertThat(sessions.getSessionInformation("session-rita").isExpired()).isTrue();
        assertThat(patientAccounts.activate(activation.code(), "my second good password"))
                .isEqualTo(activation.username());
        assertThat(repository.findById(account).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void adminEndsEverySessionOfAnAccount() {
        Long account = activatedPatientSignedIn("Ben", "session-ben-1");
        sessions.registerNewSession("session-ben-2", users.loadUserByUsername(
                repository.findById(account).orElseThrow().getUsername()));
        signIn.as("admin");
        assertThat(accounts.sessionCount(account)).isEqualTo(2);

        assertThat(accounts.endSessions(account)).isEqualTo(2);

        assertThat(sessions.getSessionInformation("session-ben-1").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-ben-2").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-ben-2").getLastRequest()).isBeforeOrEqualTo(new Date());
    }

    @Test
    void deactivatingAStaffAccountSignsItOut() {
        signIn.as("admin");
        var created = accounts.createTherapist(new NewAccount("gone.soon", "Gone Soon", "a fine first password"));
        sessions.registerNewSession("session-gone", users.loadUserByUsername("gone.soon"));

        accounts.deactivate(created.id());

        assertThat(sessions.getSessionInformation("session-gone").isExpired()).isTrue();
    }

    @Test
    void nobodyOutsideTheClinicOrBelowAdminEndsSessionsOrResetsLogins() {
        Long account = activatedPatientSignedIn("Kai", "session-kai");

        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> patientAccounts.resetLogin(account)).isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> patientAccounts.resetLogin(account)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.endSessions(account)).isInstanceOf(AccessDeniedException.class);
        signIn.as("anna.berg");
        assertThatThrownBy(() -> accounts.endSessions(account)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> patientAccounts.resetLogin(account)).isInstanceOf(AccessDeniedException.class);

        assertThat(repository.findById(account).orElseThrow().canSignIn()).isTrue();
        assertThat(sessions.getSessionInformation("session-kai").isExpired()).isFalse();
    }
}
