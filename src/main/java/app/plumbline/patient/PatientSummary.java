package app.plumbline.patient;

import java.util.List;

/** A row of the patient list; activated: the patient has chosen a password for the portal. */
public record PatientSummary(Long id, String fullName, Integer age, Long therapistId, String therapistName,
        boolean active, List<String> patternSlugs, boolean activated) {
}
