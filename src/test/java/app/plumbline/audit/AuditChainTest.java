package app.plumbline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.patient.PatientService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceTest
class AuditChainTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditLog audit;
    @Autowired
    PatientService patients;
    @Autowired
    DemoPatients demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Long someEventsSealed() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        patients.details(signIn.ref(maria));
        patients.details(signIn.ref(maria));
        audit.awaitWritten();
        chain.seal();
        return jdbc.queryForObject("select max(seq) from audit_event", Long.class);
    }

    @Test
    void everyEventIsSealedIntoAnIntactChain() {
        long last = someEventsSealed();
        signIn.as("admin");

        var verification = trail.verify();

        assertThat(verification.intact()).as(verification.message()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(last);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where seq is null", Long.class)).isZero();
    }

    @Test
    void aChangedRowIsFound() {
        long seq = someEventsSealed() - 1;
        String action = jdbc.queryForObject("select action from audit_event where seq = ?", String.class, seq);
        try {
            jdbc.update("update audit_event set action = 'nothing.to.see' where seq = ?", seq);
            signIn.as("admin");

            var verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(seq);
            assertThat(verification.message()).contains("was changed");
        } finally {
            jdbc.update("update audit_event set action = ? where seq = ?", action, seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRemovedRowIsFound() {
        long seq = someEventsSealed() - 1;
        var row = jdbc.queryForMap("select * from audit_event where seq = ?", seq);
        try {
            jdbc.update("delete from audit_event where seq = ?", seq);
            signIn.as("admin");

            var verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.message()).contains("missing");
        } finally {
            var columns = String.join(", ", row.keySet());
            var marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
            jdbc.update("insert into audit_event (" + columns + ") values (" + marks + ")", row.values().toArray());
        }
        assertThat(trail.verify().intact()).isTrue();
    }
}
