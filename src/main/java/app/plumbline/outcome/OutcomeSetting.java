package app.plumbline.outcome;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A clinic's own choices about outcome measures (one row per clinic; none means the defaults). */
@Entity
class OutcomeSetting {

    @Id
    private Long clinicId;
    private int tskEducationFrom;
    private Long updatedBy;
    private Instant updatedAt;

    protected OutcomeSetting() {
    }

    OutcomeSetting(Long clinicId) {
        this.clinicId = clinicId;
    }

    void update(int tskEducationFrom, Long by, Instant at) {
        this.tskEducationFrom = tskEducationFrom;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    int getTskEducationFrom() {
        return tskEducationFrom;
    }
}
