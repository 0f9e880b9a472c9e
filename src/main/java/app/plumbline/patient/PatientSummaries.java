package app.plumbline.patient;

import app.plumbline.security.AccountDirectory;
import app.plumbline.security.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Rows of the patient list made from patient records: therapist names, the patterns of the latest
 * assessment and whether the portal account is activated, each read once for all the rows. The
 * caller has checked the role and the clinic.
 */
@Component
class PatientSummaries {

    private final AssessmentRepository assessments;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;

    PatientSummaries(AssessmentRepository assessments, AccountDirectory directory, CurrentUser currentUser) {
        this.assessments = assessments;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    List<PatientSummary> of(List<Patient> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = directory.displayNames(list.stream().map(Patient::getTherapistId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<Finding>> latest = latestFindings(list.stream().map(Patient::getId).toList());
        LocalDate today = currentUser.today();
        Set<Long> activated = directory.activated(list.stream().map(Patient::getAccountId).toList());
        return list.stream().map(p -> new PatientSummary(p.getId(), p.fullName(), p.ageOn(today),
                p.getTherapistId(), names.get(p.getTherapistId()), p.isActive(),
                latest.getOrDefault(p.getId(), List.of()).stream().map(Finding::patternSlug).distinct().toList(),
                activated.contains(p.getAccountId())))
                .toList();
    }

    /** The findings of each patient's latest assessment (the latest date, then the last recorded). */
    Map<Long, List<Finding>> latestFindings(List<Long> patientIds) {
        Map<Long, List<Finding>> latest = new LinkedHashMap<>();
        if (patientIds.isEmpty()) {
            return latest;
        }
        for (Assessment a : assessments.findByPatientIdInOrderByAssessedOnDescIdDesc(patientIds)) {
            latest.putIfAbsent(a.getPatientId(), a.getFindings());
        }
        return latest;
    }
}
