package app.plumbline.security;

import app.plumbline.base.Callers;
import app.plumbline.base.Outcome;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the first thing every service method checks. */
@Component
public class CurrentUser {

    private final ApplicationEventPublisher events;

    CurrentUser(ApplicationEventPublisher events) {
        this.events = events;
    }

    public Optional<AccountPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in account, which must hold one of the given roles. */
    public AccountPrincipal require(Role... roles) {
        AccountPrincipal principal = get().orElseThrow(() -> refused(null, "Not signed in"));
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(r -> r == principal.role())) {
            throw refused(principal, "Not allowed for role " + principal.role());
        }
        return principal;
    }

    /** The signed-in account, which must hold one of the roles and belong to the clinic. */
    public AccountPrincipal requireInClinic(Long clinicId, Role... roles) {
        AccountPrincipal principal = require(roles);
        if (!principal.clinicId().equals(clinicId)) {
            throw refused(principal, "Not allowed outside your clinic");
        }
        return principal;
    }

    /** Publishes the refusal for the audit trail, naming the app method that asked, and returns it to throw. */
    private AccessDeniedException refused(AccountPrincipal principal, String reason) {
        String by = Callers.outside(CurrentUser.class.getName(), "app.plumbline.patient.PatientAccess");
        events.publishEvent(SecurityEvent.by(principal, "access.refused", Outcome.DENIED, null, by + ": " + reason));
        return new AccessDeniedException(reason);
    }
}
