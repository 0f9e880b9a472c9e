package app.plumbline.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Which catalog files were imported last (their combined hash), so an unchanged catalog is skipped. */
@Entity
class CatalogState {

    static final int ONLY = 1;

    @Id
    private Integer id = ONLY;
    private String filesHash;
    private Instant importedAt;

    protected CatalogState() {
    }

    CatalogState(String filesHash, Instant importedAt) {
        this.filesHash = filesHash;
        this.importedAt = importedAt;
    }

    void imported(String hash, Instant at) {
        this.filesHash = hash;
        this.importedAt = at;
    }

    String filesHash() {
        return filesHash;
    }
}
