package app.plumbline.patient;

import java.util.List;

/** A row of the patient list. */
public record PatientSummary(Long id, String fullName, Integer age, Long therapistId, String therapistName,
        boolean active, List<String> patternSlugs) {
}
