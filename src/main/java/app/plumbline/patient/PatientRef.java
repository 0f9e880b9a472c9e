package app.plumbline.patient;

/** Who a patient is, for services of other features that have passed {@link PatientAccess}. */
public record PatientRef(Long id, Long clinicId, Long accountId, Long therapistId, String givenName,
        String fullName, boolean active) {

    static PatientRef of(Patient p) {
        return new PatientRef(p.getId(), p.getClinicId(), p.getAccountId(), p.getTherapistId(), p.getGivenName(),
                p.fullName(), p.isActive());
    }
}
