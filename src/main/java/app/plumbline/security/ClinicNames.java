package app.plumbline.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's name, for the clinic module's settings. {@link Clinic} stays here because accounts
 * belong to a clinic and the clinic module itself needs the current user: owning the entity there
 * would make the two modules depend on each other.
 */
@Service
public class ClinicNames {

    private final ClinicRepository clinics;

    ClinicNames(ClinicRepository clinics) {
        this.clinics = clinics;
    }

    @Transactional(readOnly = true)
    public String of(Long clinicId) {
        return clinics.findById(clinicId).orElseThrow().getName();
    }

    /** Joins the caller's transaction, so the new name is saved with the rest of the settings. */
    @Transactional
    public void rename(Long clinicId, String newName) {
        clinics.findById(clinicId).orElseThrow().rename(newName);
    }
}
