package app.plumbline.patient;

/**
 * What the patient list can be put in order by from the patient's own record. NAME is by family
 * name, then given name; AGE ascending puts patients without a date of birth first, then the
 * youngest; THERAPIST is by the assigned therapist's name, patients without one first; STATUS
 * ascending puts active patients before inactive ones. Ties are always by name.
 */
public enum PatientSort {
    NAME, AGE, THERAPIST, STATUS
}
