package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Guessing activation codes is throttled per client address and audited, like signing in. */
@ServiceTest
class ActivationGuessTest {

    @Autowired
    PatientService patients;
    @Autowired
    PatientAccounts patientAccounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    @AfterEach
    void noRequest() {
        signIn.out();
        RequestContextHolder.resetRequestAttributes();
    }

    private static void requestFrom(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private long events(String action, String outcome, String address) {
        audit.awaitWritten();
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and outcome = ? "
                + "and client_address = ?", Long.class, action, outcome, address);
    }

    @Test
    void twentyWrongCodesFromOneAddressPauseItEvenForTheRightCode() {
        signIn.as("anna.berg");
        String code = patients.create(new PatientDetailsInput("Gus", "Guess", null, null, "en", null))
                .activation().code();
        signIn.out();

        requestFrom("10.9.0.1");
        for (int i = 0; i < 20; i++) {
            String guess = "WRONG-CODE-" + i;
            assertThatThrownBy(() -> patientAccounts.activate(guess, "a long enough password"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("code");
                        assertThat(e.getMessage()).startsWith("This code is not valid");
                    });
        }
        assertThatThrownBy(() -> patientAccounts.activate(code, "a long enough password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.getMessage()).contains("paused for about a minute");
                });

        requestFrom("10.9.0.2");
        assertThat(patientAccounts.activate(code, "a long enough password")).isEqualTo("gus.guess");

        assertThat(events("account.activate", "FAILURE", "10.9.0.1")).isEqualTo(20);
        assertThat(events("account.activate.throttled", "DENIED", "10.9.0.1")).isOne();
        assertThat(events("account.activate", "SUCCESS", "10.9.0.2")).isOne();
    }

    @Test
    void aRightCodeGivesTheAddressItsTryBack() {
        requestFrom("10.9.0.3");
        for (int i = 0; i < 19; i++) {
            String guess = "WRONG-CODE-" + i;
            assertThatThrownBy(() -> patientAccounts.activate(guess, "a long enough password"))
                    .isInstanceOf(InvalidInputException.class);
        }
        for (int n = 0; n < 3; n++) {
            RequestContextHolder.resetRequestAttributes();
            signIn.as("anna.berg");
            String code = patients.create(new PatientDetailsInput("Rita", "Right", null, null, "en", null))
                    .activation().code();
            signIn.out();
            requestFrom("10.9.0.3");
            assertThat(patientAccounts.activate(code, "a long enough password")).startsWith("rita.right");
        }
    }
}
