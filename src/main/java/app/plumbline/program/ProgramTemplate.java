package app.plumbline.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clinic's reusable program ("Desk worker neck routine"), applied to a patient and then adjusted. */
@Entity
class ProgramTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long clinicId;
    private String name;
    private String goal;
    private Long createdBy;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "template_prescription", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderColumn(name = "position")
    private List<Prescription> prescriptions = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "template_advice", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderColumn(name = "position")
    @Column(name = "advice_slug")
    private List<String> advice = new ArrayList<>();

    protected ProgramTemplate() {
    }

    ProgramTemplate(Long clinicId, String name, String goal, List<Prescription> prescriptions, List<String> advice,
            Long createdBy, Instant createdAt) {
        this.clinicId = clinicId;
        this.name = name;
        this.goal = goal;
        this.prescriptions.addAll(prescriptions);
        this.advice.addAll(advice);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getClinicId() {
        return clinicId;
    }

    String getName() {
        return name;
    }

    String getGoal() {
        return goal;
    }

    List<Prescription> getPrescriptions() {
        return List.copyOf(prescriptions);
    }

    /** The advice item slugs the template hands on, in order. */
    List<String> getAdvice() {
        return List.copyOf(advice);
    }
}
