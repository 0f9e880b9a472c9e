package app.plumbline.patient;

import java.time.LocalDate;
import java.util.List;

/** A patient's page for the therapist: details and the history of assessments, newest first. */
public record PatientDetails(Long id, String givenName, String familyName, LocalDate dateOfBirth, String email,
        String preferredLanguage, String notes, boolean active, String username, String therapistName, long version,
        List<AssessmentRecord> assessments) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** The findings of the latest assessment, or none. */
    public List<Finding> currentFindings() {
        return assessments.isEmpty() ? List.of() : assessments.getFirst().findings();
    }

    public record AssessmentRecord(Long id, LocalDate assessedOn, String therapistName, String note,
            List<Finding> findings) {
    }

    public PatientDetailsInput asInput() {
        return new PatientDetailsInput(givenName, familyName, dateOfBirth, email, preferredLanguage, notes);
    }
}
