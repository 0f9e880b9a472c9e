package app.plumbline.patient;

import java.time.LocalDate;

public record PatientSummary(Long id, String fullName, Integer age, String therapistName, boolean active) {

    static PatientSummary of(Patient patient, String therapistName, LocalDate today) {
        return new PatientSummary(patient.getId(), patient.fullName(), patient.ageOn(today), therapistName,
                patient.isActive());
    }
}
