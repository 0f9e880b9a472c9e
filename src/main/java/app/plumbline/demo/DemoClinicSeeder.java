package app.plumbline.demo;

import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.security.SystemAccounts;
import app.plumbline.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo clinic step by step; every step first looks for what it would create, so
 * running it again changes nothing and a later version can add steps to an existing demo.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "plumbline.demo.enabled", havingValue = "true")
class DemoClinicSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClinicSeeder.class);

    private final SystemAccounts system;
    private final PatientService patients;

    DemoClinicSeeder(SystemAccounts system, PatientService patients) {
        this.system = system;
        this.patients = patients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (system.holdsRealData()) {
            log.warn("Not seeding the demo clinic: this database already holds a real clinic.");
            return;
        }
        Long clinicId = system.demoClinic().orElseGet(() -> system.createClinic(DemoPeople.CLINIC, true)).getId();
        staff(clinicId, DemoPeople.ADMIN, Role.ADMIN);
        staff(clinicId, DemoPeople.ANNA, Role.THERAPIST);
        staff(clinicId, DemoPeople.TOM, Role.THERAPIST);
        for (DemoPeople.DemoPatient p : DemoPeople.PATIENTS) {
            Long accountId = system.ensureAccount(clinicId, p.username(), p.givenName() + " " + p.familyName(),
                    Role.PATIENT, DemoPeople.PASSWORD);
            Long therapistId = system.accountId(p.therapist()).orElseThrow();
            system.runAs(therapistId, () -> patients.createForAccount(accountId, new PatientDetailsInput(
                    p.givenName(), p.familyName(), p.born(), p.username() + "@example.org", "en", null)));
        }
        log.info("Demo clinic ready: sign in as admin, anna.berg, tom.ruiz or a patient (see README).");
    }

    private void staff(Long clinicId, DemoPeople.Staff staff, Role role) {
        system.ensureAccount(clinicId, staff.username(), staff.name(), role, DemoPeople.PASSWORD);
    }
}
