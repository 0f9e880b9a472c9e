package app.plumbline.patient;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A dated assessment of a patient with its findings; kept as history, never edited. */
@Entity
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long therapistId;
    private LocalDate assessedOn;
    private String note;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "finding", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Finding> findings = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(Long patientId, Long therapistId, LocalDate assessedOn, String note, List<Finding> findings,
            Instant createdAt) {
        this.patientId = patientId;
        this.therapistId = therapistId;
        this.assessedOn = assessedOn;
        this.note = note;
        this.findings.addAll(findings);
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getTherapistId() {
        return therapistId;
    }

    LocalDate getAssessedOn() {
        return assessedOn;
    }

    String getNote() {
        return note;
    }

    List<Finding> getFindings() {
        return List.copyOf(findings);
    }

    Long getPatientId() {
        return patientId;
    }
}
