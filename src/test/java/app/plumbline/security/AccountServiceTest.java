package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

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

    @AfterEach
    void signOut() {
        signIn.out();
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
}
