package app.plumbline.push;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * The one stored VAPID key pair (id 1): X.509 public and PKCS#8 private key, Base64. A new pair is
 * always inserted, never merged: two instances storing theirs at once must not overwrite each other.
 */
@Entity
@Table(name = "push_vapid_keys")
class VapidKeyPair implements Persistable<Integer> {

    static final int ID = 1;

    @Id
    private Integer id;
    private String publicKey;
    private String privateKey;
    private Instant createdAt;
    @Transient
    private boolean stored;

    protected VapidKeyPair() {
    }

    VapidKeyPair(String publicKey, String privateKey, Instant createdAt) {
        this.id = ID;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = createdAt;
    }

    @Override
    public Integer getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    void loaded() {
        stored = true;
    }

    String getPublicKey() {
        return publicKey;
    }

    String getPrivateKey() {
        return privateKey;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** Never the private key: this may end up in a log. */
    @Override
    public String toString() {
        return "VapidKeyPair[created " + createdAt + "]";
    }
}
