package app.plumbline.patient;

import app.plumbline.audit.AuditLog;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may reach a patient: a therapist of the same clinic, or the
 * patient themself. A screen or controller asks once, saying in words what the user is doing; that
 * writes the one audit row of the action and returns a {@link PatientRef}, which the services of
 * every feature take instead of a raw id and only confirm was made for the caller.
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

    /**
     * The patient, if the signed-in therapist works in the patient's clinic; {@code what} says in
     * words what the therapist is doing ("Opened the patient page") and goes into the audit trail.
     */
    @Transactional(readOnly = true)
    public PatientRef forTherapist(Long patientId, String what) {
        return granted(therapistsPatient(patientId, what), what);
    }

    /**
     * The patient, if the signed-in therapist works in the patient's clinic, for a change that the
     * service called next records in the audit trail itself (so the action has one row, not two).
     */
    @Transactional(readOnly = true)
    public PatientRef forChange(Long patientId) {
        return therapistsPatient(patientId, "change");
    }

    /** The patient, for their therapist's clinic or for the patient themself (audited as above). */
    @Transactional(readOnly = true)
    public PatientRef forReader(Long patientId, String what) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.PATIENT);
        if (user.role() == Role.THERAPIST) {
            return forTherapist(patientId, what);
        }
        PatientRef me = own(user, patientId, what);
        if (!me.id().equals(patientId)) {
            throw denied(patientId, what, "Patients see only their own data");
        }
        return granted(me, what);
    }

    /** The signed-in patient's own record, audited as above. */
    @Transactional(readOnly = true)
    public PatientRef self(String what) {
        return granted(own(currentUser.require(Role.PATIENT), null, what), what);
    }

    /**
     * The signed-in patient's own record, without an audit row: for a change that the service
     * records in the audit trail itself.
     */
    @Transactional(readOnly = true)
    public PatientRef self() {
        return own(currentUser.require(Role.PATIENT), null, "own record");
    }

    /**
     * The signed-in patient's own record if the account has one yet, without an audit row or a
     * refusal: for what the menu shows (an unread count), never for the patient's data itself.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<PatientRef> selfIfRecorded() {
        AccountPrincipal patient = currentUser.require(Role.PATIENT);
        return patients.findByAccountId(patient.accountId())
                .map(p -> new PatientRef(p, patient.accountId(), patient.role()));
    }

    /** Confirms the proof was made for the signed-in therapist; services for therapists start here. */
    public PatientRef therapist(PatientRef patient) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST);
        return confirmed(patient, user);
    }

    /** Confirms the proof was made for the signed-in user, the patient's therapist or the patient. */
    public PatientRef reader(PatientRef patient) {
        AccountPrincipal user = currentUser.require(Role.THERAPIST, Role.PATIENT);
        return confirmed(patient, user);
    }

    /** Those of the given patients that belong to the signed-in therapist's clinic (one query). */
    @Transactional(readOnly = true)
    public Set<Long> ofMyClinic(Collection<Long> patientIds) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return patientIds.isEmpty() ? Set.of() : new HashSet<>(patients.idsInClinic(patientIds, therapist.clinicId()));
    }

    /** The signed-in therapist's clinic, for queries over all of its patients at once. */
    public Long myClinic() {
        return currentUser.require(Role.THERAPIST).clinicId();
    }

    /** A proof for a patient just created by the signed-in therapist (no access check needed). */
    PatientRef created(Patient patient) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return new PatientRef(patient, therapist.accountId(), therapist.role());
    }

    private PatientRef therapistsPatient(Long patientId, String what) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return patients.findById(patientId == null ? -1L : patientId)
                .filter(p -> p.getClinicId().equals(therapist.clinicId()))
                .map(p -> new PatientRef(p, therapist.accountId(), therapist.role()))
                .orElseThrow(() -> denied(patientId, what, "No such patient in your clinic"));
    }

    private PatientRef own(AccountPrincipal patient, Long patientId, String what) {
        return patients.findByAccountId(patient.accountId())
                .map(p -> new PatientRef(p, patient.accountId(), patient.role()))
                .orElseThrow(() -> denied(patientId, what, "No patient record for this account"));
    }

    private PatientRef confirmed(PatientRef patient, AccountPrincipal user) {
        if (patient == null || !user.accountId().equals(patient.grantedTo()) || user.role() != patient.grantedRole()) {
            throw denied(patient == null ? null : patient.id(), "use another user's patient proof",
                    "This patient was opened by another user");
        }
        return patient;
    }

    /** Records the access in the audit trail: who, which patient, what in words. */
    private PatientRef granted(PatientRef patient, String what) {
        audit.accessed(patient.id(), what);
        return patient;
    }

    /** Records the refusal in the audit trail and returns it to throw. */
    private AccessDeniedException denied(Long patientId, String what, String reason) {
        audit.denied(patientId, "patient.access", what + ": " + reason);
        return new AccessDeniedException(reason);
    }
}
