package app.plumbline.testing;

import app.plumbline.security.Role;
import app.plumbline.security.SystemAccounts;
import org.springframework.stereotype.Component;

/** A second clinic with its own therapist, for tests that one clinic cannot reach another. */
@Component
public class OtherClinic {

    public static final String THERAPIST = "other.clinic.pt";

    private final SystemAccounts system;

    OtherClinic(SystemAccounts system) {
        this.system = system;
    }

    /** Makes sure the other clinic and its therapist exist; returns the therapist's username. */
    public String therapist() {
        if (system.accountId(THERAPIST).isEmpty()) {
            Long clinic = system.createClinic("Other Physio", false).getId();
            system.ensureAccount(clinic, THERAPIST, "Olga Other", Role.THERAPIST, "long enough pw");
        }
        return THERAPIST;
    }
}
