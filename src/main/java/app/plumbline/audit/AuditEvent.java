package app.plumbline.audit;

import app.plumbline.base.Outcome;
import app.plumbline.base.Sha256;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One read or write of patient data, or one security event. Never changed once written, except
 * that {@link AuditChain} seals it once: its place in the chain, the previous event's hash and its
 * own hash over all its fields.
 */
@Entity
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private Long actorId;
    private String actorName;
    private String actorRole;
    private Long clinicId;
    private Long patientId;
    private String action;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String clientAddress;
    private String detail;
    private Long seq;
    private String prevHash;
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, Long actorId, String actorName, String actorRole, Long clinicId, Long patientId,
            String action, Outcome outcome, String clientAddress, String detail) {
        // Stored to the microsecond; the hash must cover exactly what the database keeps.
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorName = cut(actorName, 100);
        this.actorRole = actorRole;
        this.clinicId = clinicId;
        this.patientId = patientId;
        this.action = cut(action, 60);
        this.outcome = outcome;
        this.clientAddress = cut(clientAddress, 64);
        this.detail = cut(detail, 500);
    }

    void seal(long seq, String prevHash) {
        this.seq = seq;
        this.prevHash = prevHash;
        this.hash = expectedHash();
    }

    /** The hash this row should carry given its fields and its predecessor's hash. */
    String expectedHash() {
        var content = new StringBuilder();
        for (Object field : new Object[] {seq, prevHash, id, ChronoUnit.MICROS.between(Instant.EPOCH, at),
                actorId, actorName, actorRole, clinicId, patientId, action, outcome, clientAddress, detail}) {
            String text = field == null ? null : field.toString();
            // Length-prefixed, so no two different rows can produce the same text.
            content.append(text == null ? "-" : text.length() + ":" + text).append(';');
        }
        return Sha256.hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    Long id() {
        return id;
    }

    Instant at() {
        return at;
    }

    Long actorId() {
        return actorId;
    }

    String actorName() {
        return actorName;
    }

    String actorRole() {
        return actorRole;
    }

    Long clinicId() {
        return clinicId;
    }

    Long patientId() {
        return patientId;
    }

    String action() {
        return action;
    }

    Outcome outcome() {
        return outcome;
    }

    String clientAddress() {
        return clientAddress;
    }

    String detail() {
        return detail;
    }

    Long seq() {
        return seq;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return at + " " + actorName + " " + action + " " + outcome + (patientId == null ? "" : " patient " + patientId);
    }
}
