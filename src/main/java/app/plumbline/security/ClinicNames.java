package app.plumbline.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's clinic name, for the clinic module's settings. {@link Clinic} stays here
 * because accounts belong to a clinic and the clinic module itself needs the current user: owning
 * the entity there would make the two modules depend on each other. Like every service it checks
 * the caller itself: anyone signed in reads their own clinic's name, only its admin renames it.
 */
@Service
public class ClinicNames {

    private final ClinicRepository clinics;
    private final CurrentUser currentUser;

    ClinicNames(ClinicRepository clinics, CurrentUser currentUser) {
        this.clinics = clinics;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public String ofMyClinic() {
        return clinics.findById(currentUser.require().clinicId()).orElseThrow().getName();
    }

    /** Joins the caller's transaction, so the new name is saved with the rest of the settings. */
    @Transactional
    public void renameMyClinic(String newName) {
        clinics.findById(currentUser.require(Role.ADMIN).clinicId()).orElseThrow().rename(newName);
    }
}
