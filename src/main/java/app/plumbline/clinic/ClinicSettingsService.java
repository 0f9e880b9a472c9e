package app.plumbline.clinic;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.Illustration;
import app.plumbline.catalog.IllustrationCheck;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.ClinicNames;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's clinic as sheets print it and the time zone its days follow; only the
 * clinic's admin changes them, and each change goes into the audit trail.
 */
@Service
public class ClinicSettingsService {

    /** A logo is printed on every sheet, so it is kept smaller than an exercise picture. */
    public static final int MAX_LOGO_BYTES = 300 * 1024;

    private final ClinicSettingsRepository settings;
    private final ClinicNames clinics;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ClinicTimeZones zones;
    private final Clock clock;

    ClinicSettingsService(ClinicSettingsRepository settings, ClinicNames clinics, CurrentUser currentUser,
            AuditLog audit, ClinicTimeZones zones, Clock clock) {
        this.zones = zones;
        this.settings = settings;
        this.clinics = clinics;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }


    /** The signed-in user's clinic (any role: staff print sheets, patients download their own). */
    @Transactional(readOnly = true)
    public ClinicProfile profile() {
        AccountPrincipal user = currentUser.require();
        Long clinicId = user.clinicId();
        String name = clinics.ofMyClinic();
        return settings.findById(clinicId).map(s -> s.profile(name))
                .orElseGet(() -> new ClinicProfile(clinicId, name, null, null, PaperSize.A4, null, null,
                        ClinicSettingsInput.DEFAULT_REVIEW_WEEKS, -1));
    }

    /**
     * Saves name, contact line, portal address and paper size. loadedVersion is the profile's
     * version the admin edited; another admin's save in between is refused.
     */
    @Transactional
    public ClinicProfile save(ClinicSettingsInput input, long loadedVersion) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        var problems = input.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClinicSettings row = row(admin);
        if (loadedVersion >= 0 && row.getVersion() != loadedVersion) {
            throw new ObjectOptimisticLockingFailureException(ClinicSettings.class, admin.clinicId());
        }
        row.update(input, clock.instant());
        clinics.renameMyClinic(input.name());
        settings.saveAndFlush(row);
        zones.forgetAfterCommit(admin.clinicId());
        audit.write(null, "clinic.settings", "name, contact line, portal address, paper "
                + input.paperSize() + ", time zone " + input.zone().map(ZoneId::getId).orElse("the server's")
                + ", review after " + input.reviewAfterWeeks() + " weeks");
        return profile();
    }

    /** Replaces the logo with a checked PNG or SVG (null removes it). */
    @Transactional
    public ClinicProfile replaceLogo(Illustration logo) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        if (logo != null) {
            if (logo.bytes() != null && logo.bytes().length > MAX_LOGO_BYTES) {
                throw new InvalidInputException("logo", "This logo cannot be used: the file is larger than "
                        + MAX_LOGO_BYTES / 1024 + " KB.");
            }
            IllustrationCheck.problem(logo).ifPresent(p -> {
                throw new InvalidInputException("logo", "This logo cannot be used: " + p + ".");
            });
        }
        ClinicSettings row = row(admin);
        row.replaceLogo(logo, clock.instant());
        settings.saveAndFlush(row);
        audit.write(null, "clinic.logo", logo == null ? "removed" : "replaced (" + logo.contentType() + ", "
                + logo.bytes().length + " bytes)");
        return profile();
    }

    private ClinicSettings row(AccountPrincipal admin) {
        return settings.findById(admin.clinicId()).orElseGet(() -> new ClinicSettings(admin.clinicId(),
                clock.instant()));
    }
}
