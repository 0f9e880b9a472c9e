package app.plumbline.program;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A patient's home-exercise program; its content lives in the draft and the published versions. */
@Entity
class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long clinicId;
    private Integer activeVersionNumber;
    private Instant createdAt;

    protected Program() {
    }

    Program(Long patientId, Long clinicId, Instant createdAt) {
        this.patientId = patientId;
        this.clinicId = clinicId;
        this.createdAt = createdAt;
    }

    /** The number the next published version gets. */
    int nextVersionNumber() {
        return activeVersionNumber == null ? 1 : activeVersionNumber + 1;
    }

    void activate(int number) {
        this.activeVersionNumber = number;
    }

    Long getId() {
        return id;
    }

    Long getClinicId() {
        return clinicId;
    }

    Long getPatientId() {
        return patientId;
    }

    Integer getActiveVersionNumber() {
        return activeVersionNumber;
    }
}
