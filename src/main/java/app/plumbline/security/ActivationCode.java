package app.plumbline.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The one-time code a new patient uses to set their own password. Only its SHA-256 is stored:
 * the code itself is shown once to the therapist and never again.
 */
@Entity
class ActivationCode {

    @Id
    private Long accountId;
    private String codeHash;
    private Instant expiresAt;

    protected ActivationCode() {
    }

    ActivationCode(Long accountId, String codeHash, Instant expiresAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    void replace(String newHash, Instant newExpiry) {
        this.codeHash = newHash;
        this.expiresAt = newExpiry;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    Long accountId() {
        return accountId;
    }
}
