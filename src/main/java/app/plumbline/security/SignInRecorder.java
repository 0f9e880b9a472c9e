package app.plumbline.security;

import app.plumbline.base.Outcome;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns Spring Security's sign-in events into sign-in statistics and {@link SecurityEvent}s for the
 * audit trail; a successful sign-in gives its try back to the {@link LoginThrottle} (a failed one
 * keeps the try {@link LoginThrottleFilter} took).
 */
@Component
class SignInRecorder {

    private final SignInEventRepository events;
    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SignInRecorder(SignInEventRepository events, UserAccountRepository accounts, LoginThrottle throttle,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.throttle = throttle;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = typed(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        throttle.succeeded(username, address);
        // The account was read for this sign-in just now (AccountDetailsService): its clinic is the principal's.
        AccountPrincipal principal = (AccountPrincipal) event.getAuthentication().getPrincipal();
        events.save(new SignInEvent(username, principal.clinicId(), true, clock.instant()));
        publisher.publishEvent(new SecurityEvent("login", Outcome.SUCCESS, principal.accountId(),
                principal.username(), principal.role(), principal.clinicId(), address, null));
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = typed(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        var account = accounts.findByUsername(username);
        Long clinicId = account.map(UserAccount::getClinicId).orElse(null);
        events.save(new SignInEvent(username, clinicId, false, clock.instant()));
        publisher.publishEvent(new SecurityEvent("login", Outcome.FAILURE, account.map(UserAccount::getId).orElse(null),
                username, account.map(UserAccount::getRole).orElse(null), clinicId, address,
                event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            publisher.publishEvent(SecurityEvent.by(principal, "logout", Outcome.SUCCESS, null));
        }
    }

    /** What was typed as the username, normalised and cut to the column's length. */
    static String typed(String username) {
        String normalised = Usernames.normalise(username);
        return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
