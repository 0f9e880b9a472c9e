package app.plumbline.reminder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One reminder in the outbox: claimed (SENDING) before the channel is asked, then what the channel
 * answered. Unique per patient, channel, kind and due time, so no reminder goes out twice.
 */
@Entity
@Table(name = "reminder_outbox")
class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long clinicId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private ReminderKind kind;
    private Instant scheduledFor;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private String reason;
    private Instant attemptedAt;

    protected OutboxEntry() {
    }

    OutboxEntry(Long patientId, Long clinicId, Channel channel, ReminderKind kind, Instant scheduledFor,
            Instant attemptedAt) {
        this.patientId = patientId;
        this.clinicId = clinicId;
        this.channel = channel;
        this.kind = kind;
        this.scheduledFor = scheduledFor;
        this.status = OutboxStatus.SENDING;
        this.attemptedAt = attemptedAt;
    }

    void delivered(Delivery delivery) {
        status = delivery.status();
        reason = delivery.reason();
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    Channel getChannel() {
        return channel;
    }

    ReminderKind getKind() {
        return kind;
    }

    Instant getScheduledFor() {
        return scheduledFor;
    }

    OutboxStatus getStatus() {
        return status;
    }

    String getReason() {
        return reason;
    }

    Instant getAttemptedAt() {
        return attemptedAt;
    }
}
