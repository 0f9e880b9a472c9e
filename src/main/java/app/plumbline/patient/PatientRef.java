package app.plumbline.patient;

import app.plumbline.security.Role;
import java.util.Objects;

/**
 * Proof that the signed-in user may reach one patient: made only by {@link PatientAccess}, which
 * checks access and writes the audit row once, where a screen or controller calls in. Services of
 * other features take it instead of a raw id and only confirm it was made for the caller
 * ({@link PatientAccess#therapist(PatientRef)}, {@link PatientAccess#reader(PatientRef)}).
 */
public final class PatientRef {

    private final Long id;
    private final Long clinicId;
    private final Long accountId;
    private final Long therapistId;
    private final String givenName;
    private final String fullName;
    private final boolean active;
    /** The account this proof was made for, and its role: a proof does not pass to another user. */
    private final Long grantedTo;
    private final Role grantedRole;

    PatientRef(Patient p, Long grantedTo, Role grantedRole) {
        this.id = p.getId();
        this.clinicId = p.getClinicId();
        this.accountId = p.getAccountId();
        this.therapistId = p.getTherapistId();
        this.givenName = p.getGivenName();
        this.fullName = p.fullName();
        this.active = p.isActive();
        this.grantedTo = grantedTo;
        this.grantedRole = grantedRole;
    }

    public Long id() {
        return id;
    }

    public Long clinicId() {
        return clinicId;
    }

    public Long accountId() {
        return accountId;
    }

    public Long therapistId() {
        return therapistId;
    }

    public String givenName() {
        return givenName;
    }

    public String fullName() {
        return fullName;
    }

    public boolean active() {
        return active;
    }

    Long grantedTo() {
        return grantedTo;
    }

    Role grantedRole() {
        return grantedRole;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatientRef other && Objects.equals(id, other.id)
                && Objects.equals(grantedTo, other.grantedTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, grantedTo);
    }

    @Override
    public String toString() {
        return "PatientRef[" + id + " for account " + grantedTo + "]";
    }
}
