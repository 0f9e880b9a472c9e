package app.plumbline.security;

import app.plumbline.base.Callers;
import app.plumbline.base.ClinicCalendar;
import app.plumbline.base.Outcome;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is asking: the first thing every service method checks.
 *
 * <p>The signed-in user is read through the application's own security-context strategy (Vaadin's,
 * the one its security filters fill), never through {@code SecurityContextHolder}'s JVM-wide one:
 * each Spring application context makes its strategy the JVM-wide one when it starts, so with two
 * contexts in one JVM (as in the tests) a controller of the first would find nobody signed in.
 */
@Component
public class CurrentUser {

    private final ApplicationEventPublisher events;
    private final ClinicCalendar calendar;
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ApplicationEventPublisher events, ClinicCalendar calendar,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.events = events;
        this.calendar = calendar;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
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
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The executor, running each task signed in as the user signed in now. */
    public Executor asCaller(Executor executor) {
        var asCaller = new DelegatingSecurityContextExecutor(executor, contexts.getContext());
        asCaller.setSecurityContextHolderStrategy(contexts);
        return asCaller;
    }

    /** The application's security-context strategy, for signing someone in (see the class comment). */
    SecurityContextHolderStrategy contexts() {
        return contexts;
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
