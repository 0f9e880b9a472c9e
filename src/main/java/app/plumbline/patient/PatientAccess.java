package app.plumbline.patient;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.Callers;
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
    private final AuditLog audit;

    PatientAccess(PatientRepository patients, CurrentUser currentUser, AuditLog audit) {
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The patient, if the signed-in therapist works in the patient's clinic. */
    @Transactional(readOnly = true)
    public PatientRef forTherapist(Long patientId) {
        AccountPrincipal therapist = require(patientId, Role.THERAPIST);
        return granted(patients.findById(patientId == null ? -1L : patientId)
                .filter(p -> p.getClinicId().equals(therapist.clinicId()))
                .map(PatientRef::of)
                .orElseThrow(() -> denied(patientId, "No such patient in your clinic")));
    }

    /** Those of the given patients that belong to the signed-in therapist's clinic (one query). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> ofMyClinic(java.util.Collection<Long> patientIds) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return patients.findByIdInAndClinicId(patientIds, therapist.clinicId()).stream().map(Patient::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The signed-in therapist's clinic, for queries over all of its patients at once. */
    public Long myClinic() {
        return currentUser.require(Role.THERAPIST).clinicId();
    }

    /** The signed-in patient's own record. */
    @Transactional(readOnly = true)
    public PatientRef self() {
        AccountPrincipal me = require(null, Role.PATIENT);
        return granted(patients.findByAccountId(me.accountId()).map(PatientRef::of)
                .orElseThrow(() -> denied(null, "No patient record for this account")));
    }

    /** The patient, for their therapist's clinic or for the patient themself. */
    @Transactional(readOnly = true)
    public PatientRef forReader(Long patientId) {
        AccountPrincipal user = require(patientId, Role.THERAPIST, Role.PATIENT);
        if (user.role() == Role.PATIENT) {
            PatientRef me = patients.findByAccountId(user.accountId()).map(PatientRef::of)
                    .orElseThrow(() -> denied(patientId, "No patient record for this account"));
            if (!me.id().equals(patientId)) {
                throw denied(patientId, "Patients see only their own data");
            }
            return granted(me);
        }
        return forTherapist(patientId);
    }

    /** The signed-in user, who must hold one of the roles (CurrentUser records a refusal). */
    private AccountPrincipal require(Long patientId, Role... roles) {
        return currentUser.require(roles);
    }

    /** Records the access in the audit trail, naming the service method that asked. */
    private PatientRef granted(PatientRef patient) {
        audit.accessed(patient.id(), Callers.outside(PatientAccess.class.getName()));
        return patient;
    }

    /** Records the refusal in the audit trail, naming the service method that asked, and returns it to throw. */
    private AccessDeniedException denied(Long patientId, String reason) {
        audit.denied(patientId, "patient.access", Callers.outside(PatientAccess.class.getName()) + ": " + reason);
        return new AccessDeniedException(reason);
    }
}
