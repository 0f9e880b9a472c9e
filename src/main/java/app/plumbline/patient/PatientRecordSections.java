package app.plumbline.patient;

import app.plumbline.catalog.CatalogService;
import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The patient module's own sections of the patient's data: the details the clinic keeps (with the
 * therapist's notes, which are part of the clinical record) and every assessment with its findings.
 */
@Configuration(proxyBeanMethods = false)
class PatientRecordSections {

    record Details(String givenName, String familyName, LocalDate dateOfBirth, String email, String language,
            String username, boolean active, String therapist, String notesByTherapist, String recordCreatedAt) {
    }

    record AssessmentData(LocalDate assessedOn, String therapist, String note, List<FindingData> findings) {
    }

    record FindingData(String pattern, String patternSlug, String side, int severity, String severityInWords,
            String note) {
    }

    @Bean
    PatientDataSection patientDetailsSection(PatientRepository patients, PatientAccess access,
            AccountDirectory directory) {
        return new PatientDataSection() {
            @Override
            public String name() {
                return "patient";
            }

            @Override
            public Object data(PatientRef patientRef, ZoneId zone) {
                Patient p = patients.findById(access.reader(patientRef).id()).orElseThrow();
                String username = directory.find(p.getAccountId()).map(AccountSummary::username).orElse(null);
                String therapist = p.getTherapistId() == null ? null
                        : directory.displayNames(List.of(p.getTherapistId())).get(p.getTherapistId());
                return new Details(p.getGivenName(), p.getFamilyName(), p.getDateOfBirth(), p.getEmail(),
                        p.getPreferredLanguage(), username, p.isActive(), therapist, p.getNotes(),
                        PatientDataSection.time(p.getCreatedAt(), zone));
            }
        };
    }

    @Bean
    PatientDataSection assessmentsSection(AssessmentRepository assessments, PatientAccess access,
            AccountDirectory directory, CatalogService catalog) {
        return new PatientDataSection() {
            @Override
            public String name() {
                return "assessments";
            }

            @Override
            public Object data(PatientRef patientRef, ZoneId zone) {
                List<Assessment> history = assessments.findByPatientIdOrderByAssessedOnDescIdDesc(
                        access.reader(patientRef).id()).reversed();
                Set<Long> people = new HashSet<>();
                history.stream().map(Assessment::getTherapistId).filter(Objects::nonNull).forEach(people::add);
                Map<Long, String> names = directory.displayNames(people);
                Map<String, String> patterns = catalog.patternNames();
                return history.stream().map(a -> new AssessmentData(a.getAssessedOn(), names.get(a.getTherapistId()),
                        a.getNote(), a.getFindings().stream().map(f -> new FindingData(
                                patterns.getOrDefault(f.patternSlug(), f.patternSlug()), f.patternSlug(),
                                f.side().label(), f.severity(), f.severityLabel(), f.note())).toList())).toList();
            }
        };
    }
}
