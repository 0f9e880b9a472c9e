package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@ServiceTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SystemAccounts system;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignIn signIn;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
        RequestContextHolder.resetRequestAttributes();
    }

    /** Serves the calls that follow as a request from the address in the session, as the browser's would be. */
    private static void requestFrom(String address, String sessionId) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private long events(String actor, String action, String outcome) {
        audit.awaitWritten();
        return jdbc.queryForObject("select count(*) from audit_event where actor_name = ? and action = ? and outcome = ?",
                Long.class, actor, action, outcome);
    }

    @Test
    void adminCreatesTherapistInOwnClinic() {
        signIn.as("admin");
        AccountSummary created = accounts.createTherapist(new NewAccount(" New.Person ", " New Person ", "long enough pw"));

        assertThat(created.username()).isEqualTo("new.person");
        assertThat(created.role()).isEqualTo(Role.THERAPIST);
        UserAccount stored = repository.findById(created.id()).orElseThrow();
        assertThat(stored.getClinicId()).isEqualTo(system.demoClinic().orElseThrow().getId());
        assertThat(encoder.matches("long enough pw", stored.getPasswordHash())).isTrue();
        assertThat(accounts.clinicStaff()).extracting(AccountSummary::username).contains("new.person");
    }

    @Test
    void refusesTakenUsernameAndWeakPasswordAtTheField() {
        signIn.as("admin");
        long before = repository.count();

        assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("anna.berg", "Someone", "long enough pw")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("someone", "Someone", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("x", "Someone", "long enough pw")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void reportsEveryProblemAtOnceEachAtItsField() {
        signIn.as("admin");
        long before = repository.count();

        assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("x", "  ", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("displayName", "username", "password"));
        assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("anna.berg", "Someone", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(tuple("username", "This username is taken; choose another."),
                                tuple("password", PasswordPolicy.problem("short", "anna.berg").orElseThrow())));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void onlyAdminsManageAccounts() {
        signIn.as("anna.berg");
        assertThatThrownBy(() -> accounts.clinicStaff()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("x.y", "X", "long enough pw")))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> accounts.deactivate(1L)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> accounts.clinicStaff()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminOfAnotherClinicCannotTouchOurTherapists() {
        Clinic other = system.createClinic("Other clinic", false);
        system.ensureAccount(other.getId(), "other.admin", "Other Admin", Role.ADMIN, "long enough pw");
        Long anna = system.accountId("anna.berg").orElseThrow();

        signIn.as("other.admin");
        assertThatThrownBy(() -> accounts.deactivate(anna)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.clinicStaff()).extracting(AccountSummary::username).containsExactly("other.admin");
        assertThat(repository.findById(anna).orElseThrow().isActive()).isTrue();
    }

    @Test
    void deactivatedAccountCannotSignInUntilReactivated() {
        signIn.as("admin");
        Long tom = system.accountId("tom.ruiz").orElseThrow();

        accounts.deactivate(tom);
        assertThat(repository.findById(tom).orElseThrow().canSignIn()).isFalse();
        accounts.reactivate(tom);
        assertThat(repository.findById(tom).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void adminCannotDeactivateThemself() {
        signIn.as("admin");
        Long admin = system.accountId("admin").orElseThrow();
        assertThatThrownBy(() -> accounts.deactivate(admin)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOne() {
        system.ensureAccount(system.demoClinic().orElseThrow().getId(), "pw.changer", "Pw Changer", Role.THERAPIST,
                "first password");
        signIn.as("pw.changer");

        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong one", "second password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("first password", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        accounts.changeOwnPassword("first password", "second password");

        UserAccount stored = repository.findByUsername("pw.changer").orElseThrow();
        assertThat(encoder.matches("second password", stored.getPasswordHash())).isTrue();
    }

    @Test
    void namesAndUsernamesLoseInvisibleCharactersAndNamesNeedALetter() {
        signIn.as("admin");
        AccountSummary created = accounts.createTherapist(
                new NewAccount("\u200Bnew.\u2060name\uFEFF", "\u202ENew Name\u202C", "long enough pw"));
        assertThat(created.username()).isEqualTo("new.name");
        assertThat(created.displayName()).isEqualTo("New Name");

        for (String noName : new String[] {"\u200B\u200D\u2066\u2069", "42", "😀"}) {
            assertThatThrownBy(() -> accounts.createTherapist(new NewAccount("no.name", noName, "long enough pw")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("displayName"));
        }
        assertThat(repository.findByUsername("no.name")).isEmpty();
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() {
        system.ensureAccount(system.demoClinic().orElseThrow().getId(), "pw.sessions", "Pw Sessions", Role.THERAPIST,
                "first password");
        for (String id : new String[] {"pw-phone", "pw-laptop", "pw-here"}) {
            sessions.registerNewSession(id, users.loadUserByUsername("pw.sessions"));
        }
        signIn.as("pw.sessions");
        requestFrom("10.8.0.1", "pw-here");

        accounts.changeOwnPassword("first password", "second password");

        assertThat(sessions.getSessionInformation("pw-phone").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("pw-laptop").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("pw-here").isExpired()).isFalse();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledAndAuditedLikeSignIns() {
        system.ensureAccount(system.demoClinic().orElseThrow().getId(), "pw.guesser", "Pw Guesser", Role.THERAPIST,
                "first password");
        signIn.as("pw.guesser");
        requestFrom("10.8.0.2", "pw-guesser");
        for (int i = 0; i < 5; i++) {
            String guess = "guess " + i;
            assertThatThrownBy(() -> accounts.changeOwnPassword(guess, "second password"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("currentPassword");
                        assertThat(e.getMessage()).isEqualTo("This is not your current password.");
                    });
        }

        assertThatThrownBy(() -> accounts.changeOwnPassword("first password", "second password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("currentPassword");
                    assertThat(e.getMessage()).contains("paused for about a minute");
                });

        UserAccount stored = repository.findByUsername("pw.guesser").orElseThrow();
        assertThat(encoder.matches("first password", stored.getPasswordHash())).isTrue();
        assertThat(throttle.tryTake("pw.guesser", "10.8.0.3")).as("sign-in is paused too").isPresent();
        assertThat(events("pw.guesser", "account.change-password", "FAILURE")).isEqualTo(5);
        assertThat(events("pw.guesser", "account.change-password.throttled", "DENIED")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_name = 'pw.guesser' "
                + "and client_address = '10.8.0.2'", Long.class)).isEqualTo(6);
    }
}
