package app.plumbline.clinic;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's portal address as set in its settings (the one printed on sheets), for links in
 * messages a scheduled job sends without a signed-in user.
 */
@Component
public class PortalAddresses {

    private final ClinicSettingsRepository settings;

    PortalAddresses(ClinicSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Optional<String> of(Long clinicId) {
        return settings.findById(clinicId).map(s -> s.profile(null).portalAddress())
                .filter(a -> a != null && !a.isBlank());
    }
}
