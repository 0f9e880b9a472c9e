package app.plumbline.outcome;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One clinic's imported texts of one licensed measure, as the file it uploaded (see {@link LicensedTextFile}). */
@Entity(name = "LicensedText")
@jakarta.persistence.Table(name = "licensed_questionnaire_text")
class LicensedText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long clinicId;
    private String questionnaire;
    private String content;
    private Long importedBy;
    private Instant importedAt;

    protected LicensedText() {
    }

    LicensedText(Long clinicId, String questionnaire, String content, Long importedBy, Instant importedAt) {
        this.clinicId = clinicId;
        this.questionnaire = questionnaire;
        replace(content, importedBy, importedAt);
    }

    void replace(String content, Long importedBy, Instant importedAt) {
        this.content = content;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    Long getClinicId() {
        return clinicId;
    }

    String getQuestionnaire() {
        return questionnaire;
    }

    String getContent() {
        return content;
    }

    Long getImportedBy() {
        return importedBy;
    }

    Instant getImportedAt() {
        return importedAt;
    }
}
