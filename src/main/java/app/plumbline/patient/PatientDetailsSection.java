package app.plumbline.patient;

import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The patient's details as the clinic keeps them, in the patient's data file, with the therapist's
 * notes: they are part of the clinical record, which the right of access covers (README, "Patient
 * data export").
 */
@Component
class PatientDetailsSection implements PatientDataSection {

    record Details(String givenName, String familyName, LocalDate dateOfBirth, String email, String language,
            String username, boolean active, String therapist, String notesByTherapist, String recordCreatedAt) {
    }

    private final PatientRepository patients;
    private final PatientAccess access;
    private final AccountDirectory directory;

    PatientDetailsSection(PatientRepository patients, PatientAccess access, AccountDirectory directory) {
        this.patients = patients;
        this.access = access;
        this.directory = directory;
    }

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
}
