package app.plumbline.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the therapist is editing; published as a new version. Two editors cannot overwrite each other. */
@Entity
class ProgramDraft {

    @Id
    private Long programId;
    private String goal;
    private LocalDate reviewDate;
    private Long updatedBy;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "draft_prescription", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderColumn(name = "position")
    private List<Prescription> prescriptions = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "draft_advice", joinColumns = @JoinColumn(name = "owner_id"))
    @OrderColumn(name = "position")
    @Column(name = "advice_slug")
    private List<String> advice = new ArrayList<>();

    protected ProgramDraft() {
    }

    ProgramDraft(Long programId, Instant now) {
        this.programId = programId;
        this.updatedAt = now;
    }

    void replace(ProgramContent content, Long by, Instant now) {
        this.goal = content.goal();
        this.reviewDate = content.reviewDate();
        this.prescriptions.clear();
        this.prescriptions.addAll(content.prescriptions());
        this.advice.clear();
        this.advice.addAll(content.advice());
        this.updatedBy = by;
        this.updatedAt = now;
    }

    ProgramContent content() {
        return new ProgramContent(goal, reviewDate, List.copyOf(prescriptions), List.copyOf(advice));
    }

    long getVersion() {
        return version;
    }

    Long getProgramId() {
        return programId;
    }
}
