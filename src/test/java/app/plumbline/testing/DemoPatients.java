package app.plumbline.testing;

import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import org.springframework.stereotype.Component;

/**
 * Finds a demo patient's id by name, signed in as the given therapist (who stays signed in). A test
 * may have added a namesake to the shared clinic; the demo's own was seeded first.
 */
@Component
public class DemoPatients {

    private final PatientService patients;
    private final SignIn signIn;

    DemoPatients(PatientService patients, SignIn signIn) {
        this.patients = patients;
        this.signIn = signIn;
    }

    public Long id(String therapist, String name) {
        signIn.as(therapist);
        return patients.clinicPatients().stream().filter(p -> p.fullName().equals(name)).map(PatientSummary::id)
                .min(Long::compare).orElseThrow();
    }
}
