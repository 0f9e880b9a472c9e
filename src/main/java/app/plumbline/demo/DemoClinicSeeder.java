package app.plumbline.demo;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.clinic.ClinicProfile;
import app.plumbline.clinic.ClinicSettingsInput;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.clinic.PaperSize;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import app.plumbline.security.SystemAccounts;
import app.plumbline.sessionlog.PastSessions;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Everything after the accounts goes through the services, signed in as the patient's therapist.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "plumbline.demo.enabled", havingValue = "true")
class DemoClinicSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClinicSeeder.class);
    /** The demo story starts eight weeks before today. */
    static final int WEEKS = 8;

    private final SystemAccounts system;
    private final PatientService patients;
    private final ProgramService programs;
    private final CatalogService catalog;
    private final PastSessions pastSessions;
    private final ClinicSettingsService clinicSettings;
    private final CurrentUser currentUser;

    DemoClinicSeeder(SystemAccounts system, PatientService patients, ProgramService programs,
            CatalogService catalog, PastSessions pastSessions, ClinicSettingsService clinicSettings, CurrentUser currentUser) {
        this.clinicSettings = clinicSettings;
        this.system = system;
        this.patients = patients;
        this.programs = programs;
        this.catalog = catalog;
        this.pastSessions = pastSessions;
        this.currentUser = currentUser;
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
        sheetSettings();
        for (DemoPeople.DemoPatient p : DemoPeople.PATIENTS) {
            Long accountId = system.ensureAccount(clinicId, p.username(), p.givenName() + " " + p.familyName(),
                    Role.PATIENT, DemoPeople.PASSWORD);
            Long therapistId = system.accountId(p.therapist()).orElseThrow();
            system.runAs(therapistId, () -> {
                PatientRef patient = patients.createForAccount(accountId, p.details());
                assess(patient, p);
                publishFirstProgram(patient, p);
                logWeeks(patient, p);
                return null;
            });
        }
        log.info("Demo clinic ready: sign in as admin, anna.berg, tom.ruiz or a patient (see README).");
    }

    /** What the demo clinic's printed sheets carry: contact line and the local portal address. */
    private void sheetSettings() {
        system.runAs(system.accountId(DemoPeople.ADMIN.username()).orElseThrow(), () -> {
            ClinicProfile profile = clinicSettings.profile();
            if (profile.contactLine() == null && profile.portalAddress() == null) {
                clinicSettings.save(new ClinicSettingsInput(profile.name(), DemoPeople.CONTACT_LINE,
                        DemoPeople.PORTAL_ADDRESS, PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version());
            }
            return null;
        });
    }

    private void assess(PatientRef patient, DemoPeople.DemoPatient p) {
        if (!patients.details(patient).assessments().isEmpty()) {
            return;
        }
        patients.recordAssessment(patient, p.assessment(start()));
    }

    private void publishFirstProgram(PatientRef patient, DemoPeople.DemoPatient p) {
        if (!programs.versions(patient).isEmpty()) {
            return;
        }
        Map<String, ExerciseCard> bySlug = catalog.prescribable().stream()
                .collect(Collectors.toMap(ExerciseCard::slug, Function.identity()));
        var draft = programs.draft(patient);
        programs.publish(patient, draft.version(),
                new ProgramContent(p.goal(), start().plusWeeks(WEEKS + 2), p.prescriptions(bySlug, start())),
                "First program after the initial assessment");
    }

    private void logWeeks(PatientRef patient, DemoPeople.DemoPatient p) {
        if (pastSessions.hasAny(patient)) {
            return;
        }
        ActiveProgram program = programs.active(patient).orElseThrow();
        pastSessions.record(patient, DemoLogs.story(p, program, start(), currentUser.today()), false);
    }

    private LocalDate start() {
        return currentUser.today().minusWeeks(WEEKS);
    }

    private void staff(Long clinicId, DemoPeople.Staff staff, Role role) {
        system.ensureAccount(clinicId, staff.username(), staff.name(), role, DemoPeople.PASSWORD);
    }
}
