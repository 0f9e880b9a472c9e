package app.plumbline.base;

import java.util.Collection;
import java.util.Map;

/**
 * Patients' names by id within one clinic, for features that hold only a patient id and may not
 * depend on the patient module (the audit trail). The caller checks the role; this only looks up.
 */
public interface PatientNames {

    /** The full names of those of {@code patientIds} that belong to {@code clinicId}; others are left out. */
    Map<Long, String> names(Long clinicId, Collection<Long> patientIds);
}
