package app.plumbline.patient;

import app.plumbline.catalog.CatalogService;
import app.plumbline.security.AccountDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every assessment of the patient, oldest first, with its findings, in the patient's data file. */
@Component
class AssessmentSection implements PatientDataSection {

    record AssessmentData(LocalDate assessedOn, String therapist, String note, List<FindingData> findings) {
    }

    record FindingData(String pattern, String patternSlug, String side, int severity, String severityInWords,
            String note) {
    }

    private final AssessmentRepository assessments;
    private final PatientAccess access;
    private final AccountDirectory directory;
    private final CatalogService catalog;

    AssessmentSection(AssessmentRepository assessments, PatientAccess access, AccountDirectory directory,
            CatalogService catalog) {
        this.assessments = assessments;
        this.access = access;
        this.directory = directory;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        List<Assessment> history = assessments.findByPatientIdOrderByAssessedOnDescIdDesc(
                access.reader(patientRef).id()).reversed();
        Map<Long, String> names = directory.displayNames(history.stream().map(Assessment::getTherapistId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> patterns = catalog.patternNames();
        return history.stream().map(a -> new AssessmentData(a.getAssessedOn(), names.get(a.getTherapistId()),
                a.getNote(), a.getFindings().stream().map(f -> new FindingData(
                        patterns.getOrDefault(f.patternSlug(), f.patternSlug()), f.patternSlug(), f.side().label(),
                        f.severity(), f.severityLabel(), f.note())).toList())).toList();
    }
}
