package app.plumbline.security;

import app.plumbline.base.Callers;
import app.plumbline.base.ClinicCalendar;
import app.plumbline.base.Outcome;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final ClinicCalendar calendar;

    CurrentUser(ApplicationEventPublisher events, ClinicCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
    }

    /** The time zone of the signed-in user's clinic (the server's when nobody is signed in). */
    public ZoneId zone() {
        return calendar.zone(clinicId());
    }

    /**
     * "Today" in the signed-in user's clinic. Services use it for a patient's dates too: an access
     * check lets a user reach only patients of their own clinic, so the two clinics are one.
     */
    public LocalDate today() {
        return calendar.today(clinicId());
    }

    private Long clinicId() {
        return get().map(AccountPrincipal::clinicId).orElse(null);
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
