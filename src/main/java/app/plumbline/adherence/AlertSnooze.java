package app.plumbline.adherence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

@Entity
class AlertSnooze {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    @Enumerated(EnumType.STRING)
    private AlertKind kind;
    private LocalDate untilDay;
    private Long byAccount;
    private Instant at;

    protected AlertSnooze() {
    }

    AlertSnooze(Long patientId, AlertKind kind, LocalDate untilDay, Long byAccount, Instant at) {
        this.patientId = patientId;
        this.kind = kind;
        this.untilDay = untilDay;
        this.byAccount = byAccount;
        this.at = at;
    }

    boolean hides(Long patient, AlertKind alertKind, LocalDate today) {
        return patientId.equals(patient) && kind == alertKind && today.isBefore(untilDay);
    }
}
