package app.plumbline.push;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of a patient's browsers or installed apps that receives push reminders: where its push
 * service takes messages for it (the endpoint, unique) and the keys the message is encrypted with.
 */
@Entity
@Table(name = "push_subscription")
class PushSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private String endpoint;
    private String p256dh;
    private String auth;
    private String userAgent;
    private Instant createdAt;

    protected PushSubscription() {
    }

    PushSubscription(Long patientId, DeviceSubscription device, Instant createdAt) {
        this.patientId = patientId;
        this.endpoint = device.endpoint();
        this.p256dh = device.p256dh();
        this.auth = device.auth();
        this.userAgent = device.device();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    String getEndpoint() {
        return endpoint;
    }

    String getP256dh() {
        return p256dh;
    }

    String getAuth() {
        return auth;
    }

    String getUserAgent() {
        return userAgent;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
