package app.plumbline.clinic;

import app.plumbline.catalog.Illustration;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A clinic's settings (sheets, time zone); the clinic's name itself stays on the clinic. */
@Entity
class ClinicSettings {

    @Id
    private Long clinicId;
    private String contactLine;
    private String portalAddress;
    @Enumerated(EnumType.STRING)
    private PaperSize paperSize = PaperSize.A4;
    private String logoType;
    private byte[] logo;
    private String timeZone;
    private int reviewAfterWeeks = ClinicSettingsInput.DEFAULT_REVIEW_WEEKS;
    private Instant updatedAt;
    /** Null until first saved, so a new row is inserted rather than merged. */
    @Version
    private Long version;

    protected ClinicSettings() {
    }

    ClinicSettings(Long clinicId, Instant now) {
        this.clinicId = clinicId;
        this.updatedAt = now;
    }

    void update(ClinicSettingsInput input, Instant now) {
        contactLine = input.contactLine();
        portalAddress = input.portalAddress();
        paperSize = input.paperSize();
        timeZone = input.zone().map(ZoneId::getId).orElse(null);
        reviewAfterWeeks = input.reviewAfterWeeks();
        updatedAt = now;
    }

    void replaceLogo(Illustration picture, Instant now) {
        logoType = picture == null ? null : picture.contentType();
        logo = picture == null ? null : picture.bytes();
        updatedAt = now;
    }

    ClinicProfile profile(String name) {
        return new ClinicProfile(clinicId, name, contactLine, portalAddress, paperSize,
                logo == null ? null : new Illustration(logoType, logo), timeZone, reviewAfterWeeks,
                version == null ? -1 : version);
    }

    Optional<ZoneId> zone() {
        return timeZone == null ? Optional.empty() : Optional.of(ZoneId.of(timeZone));
    }

    long getVersion() {
        return version == null ? -1 : version;
    }
}
