package app.plumbline.adherence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A clinic's own thresholds, replacing the defaults once an admin saved them. */
@Entity
class ClinicThresholds {

    @Id
    private Long clinicId;
    private int progressAdherence;
    private int progressMaxPain;
    private int progressTooEasyOf5;
    private int regressPain;
    private int regressPainOf5;
    private int simplifyBelowAdherence;
    private int simplifyKeep;
    private int checkInAfterDays;
    private int alertPain;
    private int alertPainRise;
    private int settleScheduledDays;
    private Long updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    protected ClinicThresholds() {
    }

    ClinicThresholds(Long clinicId) {
        this.clinicId = clinicId;
    }

    Thresholds values() {
        return new Thresholds(progressAdherence, progressMaxPain, progressTooEasyOf5, regressPain, regressPainOf5,
                simplifyBelowAdherence, simplifyKeep, checkInAfterDays, alertPain, alertPainRise, settleScheduledDays);
    }

    void change(Thresholds t, Long by, Instant at) {
        progressAdherence = t.progressAdherence();
        progressMaxPain = t.progressMaxPain();
        progressTooEasyOf5 = t.progressTooEasyOf5();
        regressPain = t.regressPain();
        regressPainOf5 = t.regressPainOf5();
        simplifyBelowAdherence = t.simplifyBelowAdherence();
        simplifyKeep = t.simplifyKeep();
        checkInAfterDays = t.checkInAfterDays();
        alertPain = t.alertPain();
        alertPainRise = t.alertPainRise();
        settleScheduledDays = t.settleScheduledDays();
        updatedBy = by;
        updatedAt = at;
    }

    Long getVersion() {
        return version;
    }
}
