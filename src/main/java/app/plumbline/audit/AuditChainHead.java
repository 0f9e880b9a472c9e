package app.plumbline.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The last sealed event's place and hash: the end of the chain, one row. */
@Entity
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    private long seq;
    private String hash;

    protected AuditChainHead() {
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    void advanceTo(AuditEvent sealed) {
        this.seq = sealed.seq();
        this.hash = sealed.hash();
    }
}
