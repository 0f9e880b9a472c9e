package app.plumbline.patient;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to greet and reach a patient (first name, email), for messages sent by a scheduled job
 * without a signed-in user, and for the patient's own screens. Never for showing other patients'
 * data: it returns nothing else.
 */
@Component
public class PatientContacts {

    /** @param email null when the clinic has recorded none */
    public record Contact(Long patientId, Long clinicId, String givenName, String email, boolean active) {
    }

    private final PatientRepository patients;
    private final PatientAccess access;

    PatientContacts(PatientRepository patients, PatientAccess access) {
        this.patients = patients;
        this.access = access;
    }

    /** For a scheduled job (no user); empty for an unknown patient. */
    @Transactional(readOnly = true)
    public Optional<Contact> forJob(Long patientId) {
        return patients.findById(patientId).map(PatientContacts::contact);
    }

    /** The patient's portal account, for an action taken by a link sent to the patient (no user). */
    @Transactional(readOnly = true)
    public Optional<Long> accountForJob(Long patientId) {
        return patients.findById(patientId).map(Patient::getAccountId);
    }

    /** For the signed-in patient or their therapist, with their proof. */
    @Transactional(readOnly = true)
    public Contact of(PatientRef patient) {
        return contact(patients.findById(access.reader(patient).id()).orElseThrow());
    }

    private static Contact contact(Patient p) {
        return new Contact(p.getId(), p.getClinicId(), p.getGivenName(), p.getEmail(), p.isActive());
    }
}
