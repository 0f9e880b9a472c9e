package app.plumbline.patient;

/**
 * The address of a patient's page. The page itself lives in the workbench, which depends on the
 * features that link to it (adherence, program), so they take the address from here instead.
 */
public final class PatientRoutes {

    /** The patient list; a patient's page is below it. */
    public static final String PATIENTS = "patients";

    private PatientRoutes() {
    }

    /** "patients/42" */
    public static String page(Long patientId) {
        return PATIENTS + "/" + patientId;
    }
}
