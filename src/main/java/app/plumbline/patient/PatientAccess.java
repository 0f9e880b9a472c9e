package app.plumbline.patient;

import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may reach a patient: a therapist of the same clinic, or the
 * patient themself. Every service touching patient data starts here.
 */
@Component
public class PatientAccess {

    private final PatientRepository patients;
    private final CurrentUser currentUser;

    PatientAccess(PatientRepository patients, CurrentUser currentUser) {
        this.patients = patients;
        this.currentUser = currentUser;
    }

    /** The patient, if the signed-in therapist works in the patient's clinic. */
    @Transactional(readOnly = true)
    public PatientRef forTherapist(Long patientId) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return patients.findById(patientId == null ? -1L : patientId)
                .filter(p -> p.getClinicId().equals(therapist.clinicId()))
                .map(PatientRef::of)
                .orElseThrow(() -> new AccessDeniedException("No such patient in your clinic"));
    }

    /** Those of the given patients that belong to the signed-in therapist's clinic (one query). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> ofMyClinic(java.util.Collection<Long> patientIds) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return patients.findByIdInAndClinicId(patientIds, therapist.clinicId()).stream().map(Patient::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The signed-in patient's own record. */
    @Transactional(readOnly = true)
    public PatientRef self() {
        AccountPrincipal me = currentUser.require(Role.PATIENT);
        return patients.findByAccountId(me.accountId()).map(PatientRef::of)
                .orElseThrow(() -> new AccessDeniedException("No patient record for this account"));
    }

    /** The patient, for their therapist's clinic or for the patient themself. */
    @Transactional(readOnly = true)
    public PatientRef forReader(Long patientId) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.PATIENT);
        if (user.role() == Role.PATIENT) {
            PatientRef me = self();
            if (!me.id().equals(patientId)) {
                throw new AccessDeniedException("Patients see only their own data");
            }
            return me;
        }
        return forTherapist(patientId);
    }
}
