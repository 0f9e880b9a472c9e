package app.plumbline.adherence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A suggestion the therapist dismissed, with why; it returns only when newer logs arrive. */
@Entity
class SuggestionDismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private String suggestionKey;
    private String reason;
    private LocalDate evidenceUntil;
    private Long dismissedBy;
    private Instant dismissedAt;

    protected SuggestionDismissal() {
    }

    SuggestionDismissal(Long patientId, String suggestionKey, String reason, LocalDate evidenceUntil, Long dismissedBy,
            Instant dismissedAt) {
        this.patientId = patientId;
        this.suggestionKey = suggestionKey;
        this.reason = reason;
        this.evidenceUntil = evidenceUntil;
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    /** Still holds while no log is newer than the evidence it was dismissed on. */
    boolean holdsFor(String key, LocalDate latestLog) {
        return suggestionKey.equals(key)
                && (latestLog == null || evidenceUntil != null && !latestLog.isAfter(evidenceUntil));
    }
}
