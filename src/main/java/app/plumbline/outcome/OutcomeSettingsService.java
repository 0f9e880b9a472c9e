package app.plumbline.outcome;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's choices about outcome measures: the TSK-11 score from which the patient page offers
 * pain education (a clinic choice, not a validated cut-off; see {@link EducationOffer}).
 */
@Service
public class OutcomeSettingsService {

    private final OutcomeSettingRepository settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeSettingsService(OutcomeSettingRepository settings, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in staff member's clinic's TSK-11 threshold for the education offer. */
    @Transactional(readOnly = true)
    public int tskEducationFrom() {
        AccountPrincipal staff = currentUser.require(Role.ADMIN, Role.THERAPIST);
        return threshold(staff.clinicId());
    }

    @Transactional
    public void setTskEducationFrom(Integer score) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        if (score == null || score < 11 || score > 44) {
            throw new InvalidInputException("tskEducationFrom", "Give a TSK-11 score from 11 to 44.");
        }
        OutcomeSetting row = settings.findById(admin.clinicId()).orElseGet(() -> new OutcomeSetting(admin.clinicId()));
        row.update(score, admin.accountId(), clock.instant());
        settings.save(row);
        audit.write(null, "outcome.settings", "TSK-11 education offer from " + score + " points");
    }

    int threshold(Long clinicId) {
        return settings.findById(clinicId).map(OutcomeSetting::getTskEducationFrom)
                .orElse(EducationOffer.DEFAULT_THRESHOLD);
    }
}
