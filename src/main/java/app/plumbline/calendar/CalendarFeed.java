package app.plumbline.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A patient's calendar subscription address, working from its creation until it is revoked
 * (renewing revokes it and creates another). The token is 256 random bits from
 * {@link SecureRandom}, base64url without padding (43 characters).
 * <p>
 * The token is kept as it is, not only as a hash: the patient must be able to see the address
 * again (to add it on a second device), and a hash could not give it back. That is acceptable
 * because the address reveals only "Home exercises" and the session times, and whoever can read
 * this table can read the patients' records themselves; the patient renews the address at any time
 * when it got out. Lookups go through a unique index on the token, not a loop comparing strings.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long clinicId;
    private Long accountId;
    private String token;
    private Instant createdAt;
    private Instant revokedAt;
    /** The patient's id while the address works: the database keeps one working address per patient. */
    private Long activeForPatient;

    protected CalendarFeed() {
    }

    CalendarFeed(Long patientId, Long clinicId, Long accountId, Instant createdAt) {
        this.patientId = patientId;
        this.clinicId = clinicId;
        this.accountId = accountId;
        this.activeForPatient = patientId;
        this.token = newToken();
        this.createdAt = createdAt;
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string could be a token at all, so that junk never reaches the database. */
    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars()
                .allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            activeForPatient = null;
        }
    }

    boolean active() {
        return revokedAt == null;
    }

    /**
     * What makes the events' UIDs unique to this address: a calendar app keeps one event per UID
     * and updates it, and a renewed address is a new subscription. Derived from the token, so it
     * tells a subscriber nothing they do not have; no database id leaks.
     */
    String uidKey() {
        return app.plumbline.base.Sha256.hex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).substring(0, 16);
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    Long getClinicId() {
        return clinicId;
    }

    /** The patient's login: the feed answers only while it is active. */
    Long getAccountId() {
        return accountId;
    }

    String getToken() {
        return token;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
