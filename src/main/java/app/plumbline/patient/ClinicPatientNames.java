package app.plumbline.patient;

import app.plumbline.base.PatientNames;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names for the audit trail; only a clinic's own patients are named. */
@Component
class ClinicPatientNames implements PatientNames {

    private final PatientRepository patients;

    ClinicPatientNames(PatientRepository patients) {
        this.patients = patients;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Long clinicId, Collection<Long> patientIds) {
        if (clinicId == null || patientIds.isEmpty()) {
            return Map.of();
        }
        return patients.findByIdInAndClinicId(patientIds, clinicId).stream()
                .collect(Collectors.toMap(Patient::getId, Patient::fullName, (a, b) -> a));
    }
}
