package app.plumbline.demo;

import app.plumbline.base.ClinicCalendar;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.security.Role;
import app.plumbline.security.SystemAccounts;
import app.plumbline.sessionlog.PastSessions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A large clinic for benchmarks: {@code plumbline.generated.patients} patients (patient0001, …)
 * spread over therapists (therapist01, …) with 25 patients each, every one with a program and
 * {@code plumbline.generated.days} days of logs that replay the six demo stories. All accounts
 * share the password {@value #PASSWORD}. Generated once into an empty database, through the
 * same services as the demo clinic.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "plumbline.generated.enabled", havingValue = "true")
class GeneratedClinic implements ApplicationRunner {

    static final String PASSWORD = "plumbline-load";
    static final String CLINIC = "Generated clinic (benchmark)";
    private static final int PATIENTS_PER_THERAPIST = 25;
    private static final List<String> GIVEN = List.of("Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Greta",
            "Hugo", "Ines", "Jonas", "Kira", "Luca", "Mina", "Noah", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar");
    private static final List<String> FAMILY = List.of("Albrecht", "Becker", "Costa", "Dubois", "Eriksen",
            "Fischer", "García", "Horvat", "Ivanova", "Jensen", "Kowalski", "Laine", "Moreau", "Nowak", "Öztürk");

    private static final Logger log = LoggerFactory.getLogger(GeneratedClinic.class);

    private final SystemAccounts system;
    private final PatientService patients;
    private final ProgramService programs;
    private final CatalogService catalog;
    private final PastSessions pastSessions;
    private final ClinicCalendar calendar;
    private final int patientCount;
    private final int days;

    GeneratedClinic(SystemAccounts system, PatientService patients, ProgramService programs, CatalogService catalog,
            PastSessions pastSessions, ClinicCalendar calendar, @Value("${plumbline.generated.patients:300}") int patientCount,
            @Value("${plumbline.generated.days:365}") int days) {
        this.system = system;
        this.patients = patients;
        this.programs = programs;
        this.catalog = catalog;
        this.pastSessions = pastSessions;
        this.calendar = calendar;
        this.patientCount = patientCount;
        this.days = days;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (system.accountId(username(patientCount)).isPresent()) {
            return;
        }
        if (system.holdsRealData()) {
            log.warn("Not generating the benchmark clinic: this database already holds a real clinic.");
            return;
        }
        long started = System.nanoTime();
        var hash = system.hash(PASSWORD);
        Long clinicId = system.demoClinic().orElseGet(() -> system.createClinic(CLINIC, true)).getId();
        system.ensureAccount(clinicId, "admin", "Generated Admin", Role.ADMIN, hash);
        Long firstTherapist = system.ensureAccount(clinicId, therapist(1), "Therapist 1", Role.THERAPIST, hash);
        Map<String, ExerciseCard> bySlug = system.runAs(firstTherapist, () -> catalog.prescribable().stream()
                .collect(Collectors.toMap(ExerciseCard::slug, Function.identity())));
        LocalDate start = calendar.today(clinicId).minusDays(days);
        for (int n = 1; n <= patientCount; n++) {
            int t = (n - 1) / PATIENTS_PER_THERAPIST + 1;
            String therapist = therapist(t);
            Long therapistId = system.ensureAccount(clinicId, therapist, "Therapist " + t, Role.THERAPIST, hash);
            DemoPeople.DemoPatient template = DemoPeople.PATIENTS.get((n - 1) % DemoPeople.PATIENTS.size());
            DemoPeople.DemoPatient p = new DemoPeople.DemoPatient(username(n), GIVEN.get(n % GIVEN.size()),
                    FAMILY.get(n / GIVEN.size() % FAMILY.size()) + " " + n, template.born(), therapist,
                    template.story(), template.goal(), template.findings(), template.exercises(), template.timesPerDay());
            Long accountId = system.ensureAccount(clinicId, p.username(), p.givenName() + " " + p.familyName(),
                    Role.PATIENT, hash);
            system.runAs(therapistId, () -> {
                generate(accountId, p, bySlug, start);
                return null;
            });
            if (n % 50 == 0) {
                log.info("Generated {} of {} patients", n, patientCount);
            }
        }
        log.info("Generated clinic ready in {} s: {} patients with {} days of logs; password '{}'",
                (System.nanoTime() - started) / 1_000_000_000, patientCount, days, PASSWORD);
    }

    private void generate(Long accountId, DemoPeople.DemoPatient p, Map<String, ExerciseCard> bySlug,
            LocalDate start) {
        PatientRef patient = patients.createForAccount(accountId, p.details());
        patients.recordAssessment(patient, p.assessment(start));
        programs.publish(patient, programs.draft(patient).version(),
                new ProgramContent(p.goal(), start.plusDays(days).plusWeeks(2), p.prescriptions(bySlug, start)),
                "First program");
        pastSessions.record(patient, DemoLogs.story(p, programs.active(patient).orElseThrow(), start,
                start.plusDays(days)), false);
    }

    static String therapist(int n) {
        return String.format("therapist%02d", n);
    }

    static String username(int n) {
        return String.format("patient%04d", n);
    }
}
