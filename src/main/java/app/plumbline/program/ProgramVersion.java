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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A published, numbered, immutable state of a program: what the patient follows. */
@Entity
class ProgramVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programId;
    private int number;
    private Long authorId;
    private Instant createdAt;
    private String reason;
    private String goal;
    private LocalDate reviewDate;
    @ElementCollection
    @CollectionTable(name = "version_prescription", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderColumn(name = "position")
    private List<Prescription> prescriptions = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "version_advice", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderColumn(name = "position")
    @Column(name = "advice_slug")
    private List<String> advice = new ArrayList<>();

    protected ProgramVersion() {
    }

    ProgramVersion(Long programId, int number, Long authorId, Instant createdAt, String reason,
            ProgramContent content) {
        this.programId = programId;
        this.number = number;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.reason = reason;
        this.goal = content.goal();
        this.reviewDate = content.reviewDate();
        this.prescriptions.addAll(content.prescriptions());
        this.advice.addAll(content.advice());
    }

    ProgramContent content() {
        return new ProgramContent(goal, reviewDate, List.copyOf(prescriptions), List.copyOf(advice));
    }

    Long getId() {
        return id;
    }

    Long getProgramId() {
        return programId;
    }

    int getNumber() {
        return number;
    }

    Long getAuthorId() {
        return authorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getReason() {
        return reason;
    }
}
