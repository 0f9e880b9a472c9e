package app.plumbline.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the first thing every service method checks. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in account, which must hold one of the given roles. */
    public AccountPrincipal require(Role... roles) {
        AccountPrincipal principal = get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(r -> r == principal.role())) {
            throw new AccessDeniedException("Not allowed for role " + principal.role());
        }
        return principal;
    }

    /** The signed-in account, which must hold one of the roles and belong to the clinic. */
    public AccountPrincipal requireInClinic(Long clinicId, Role... roles) {
        AccountPrincipal principal = require(roles);
        if (!principal.clinicId().equals(clinicId)) {
            throw new AccessDeniedException("Not allowed outside your clinic");
        }
        return principal;
    }
}
