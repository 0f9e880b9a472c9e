package app.plumbline.adherence;

import app.plumbline.base.InvalidInputException;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.sessionlog.ClinicPainScale;
import app.plumbline.sessionlog.PainScale;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's thresholds for suggestions and alerts: read by its staff, changed by its admin. */
@Service
public class ThresholdSettings implements ClinicPainScale {

    private final ClinicThresholdsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    ThresholdSettings(ClinicThresholdsRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The thresholds in force and the version to save against (-1 while the defaults apply). */
    public record Current(Thresholds thresholds, long version, boolean defaults) {
    }

    @Transactional(readOnly = true)
    public Thresholds current() {
        return edit().thresholds();
    }

    @Transactional(readOnly = true)
    public Current edit() {
        AccountPrincipal user = currentUser.require(Role.ADMIN, Role.THERAPIST);
        return repository.findById(user.clinicId()).map(t -> new Current(t.values(), t.getVersion(), false))
                .orElse(new Current(Thresholds.DEFAULTS, -1, true));
    }

    /**
     * The pain scale of the signed-in user's clinic, whatever their role: a patient's Today warns
     * about pain above the same line the regress rule uses.
     */
    @Override
    @Transactional(readOnly = true)
    public PainScale painScale() {
        AccountPrincipal user = currentUser.require();
        return repository.findById(user.clinicId()).map(ClinicThresholds::values).orElse(Thresholds.DEFAULTS)
                .painScale();
    }

    /** Saves the clinic's thresholds if nobody changed them since {@code version} was read. */
    @Transactional
    public Current save(Thresholds thresholds, long version) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        var problems = thresholds.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var existing = repository.findById(admin.clinicId());
        if (existing.map(ClinicThresholds::getVersion).orElse(-1L) != version) {
            throw new InvalidInputException("form",
                    "Someone else changed the thresholds since you opened them. Reload to see their numbers.");
        }
        ClinicThresholds row = existing.orElseGet(() -> new ClinicThresholds(admin.clinicId()));
        row.change(thresholds, admin.accountId(), clock.instant());
        ClinicThresholds saved = repository.saveAndFlush(row);
        return new Current(saved.values(), saved.getVersion(), false);
    }
}
