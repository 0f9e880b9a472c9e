package app.plumbline.outcome;

import app.plumbline.base.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The therapist's plan for one measure and one patient: baseline from a date, every N weeks, at discharge. */
@Entity
class OutcomePlan {

    static final int MAX_WEEKS = 52;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private String questionnaire;
    private LocalDate startsOn;
    private Integer everyWeeks;
    private boolean atDischarge;
    private LocalDate dischargeOn;
    private boolean active;
    private Long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected OutcomePlan() {
    }

    OutcomePlan(Long patientId, String questionnaire, Long createdBy, Instant createdAt) {
        this.patientId = patientId;
        this.questionnaire = questionnaire;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets when to ask; refuses a start in the past or a repeat outside 1 to 52 weeks. */
    void schedule(LocalDate startsOn, Integer everyWeeks, boolean atDischarge, LocalDate today) {
        if (startsOn == null || startsOn.isBefore(today)) {
            throw new InvalidInputException("startsOn", "Choose today or a later date for the baseline.");
        }
        if (everyWeeks != null && (everyWeeks < 1 || everyWeeks > MAX_WEEKS)) {
            throw new InvalidInputException("everyWeeks", "Repeat every 1 to " + MAX_WEEKS + " weeks, or leave it empty.");
        }
        this.startsOn = startsOn;
        this.everyWeeks = everyWeeks;
        this.atDischarge = atDischarge;
        this.dischargeOn = null;
        this.active = true;
    }

    void discharge(LocalDate on) {
        if (active && atDischarge) {
            dischargeOn = on;
        }
    }

    void stop() {
        active = false;
    }

    Optional<OutcomeSchedule.Due> current(LocalDate today) {
        return active ? OutcomeSchedule.current(startsOn, everyWeeks, dischargeOn, today) : Optional.empty();
    }

    Optional<LocalDate> next(LocalDate today) {
        return active ? OutcomeSchedule.next(startsOn, everyWeeks, dischargeOn, today) : Optional.empty();
    }

    Long getPatientId() {
        return patientId;
    }

    String getQuestionnaire() {
        return questionnaire;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    Integer getEveryWeeks() {
        return everyWeeks;
    }

    boolean isAtDischarge() {
        return atDischarge;
    }

    boolean isActive() {
        return active;
    }
}
