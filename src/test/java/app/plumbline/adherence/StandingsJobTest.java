package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A new day's standings are worked out by the hourly job, before anyone opens the home. */
@ServiceTest
class StandingsJobTest {

    @Autowired
    StandingsJob job;
    @Autowired
    PatientService patients;
    @Autowired
    TestClock clock;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    private int keptFor(LocalDate day, List<Long> patientIds) {
        return jdbc.queryForObject("select count(*) from patient_standing where as_of = ? and patient_id in ("
                + String.join(",", patientIds.stream().map(String::valueOf).toList()) + ")", Integer.class,
                Date.valueOf(day));
    }

    private List<Long> clinicOf(String therapist) {
        signIn.as(therapist);
        try {
            return patients.clinicPatients().stream().map(PatientSummary::id).toList();
        } finally {
            signIn.out();
        }
    }

    @Test
    void theJobKeepsEachClinicsStandingsForItsNewDay() {
        List<Long> demo = clinicOf("anna.berg");
        signIn.as(otherClinic.therapist());
        patients.create(new PatientDetailsInput("Nightly", "Standing", null, null, "en", null));
        List<Long> other = clinicOf(otherClinic.therapist());
        clock.advance(Duration.ofDays(1));
        LocalDate tomorrow = TestClock.today().plusDays(1);
        assertThat(keptFor(tomorrow, demo)).isZero();

        job.run();

        assertThat(demo).isNotEmpty();
        assertThat(other).isNotEmpty();
        assertThat(keptFor(tomorrow, demo)).isEqualTo(demo.size());
        assertThat(keptFor(tomorrow, other)).isEqualTo(other.size());
    }
}
