package app.plumbline.security;

import app.plumbline.base.Outcome;
import app.plumbline.base.QueuedWriter;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into sign-in statistics (queued, written in batches) and
 * {@link SecurityEvent}s for the audit trail; a successful sign-in gives its try back to the
 * {@link LoginThrottle} (a failed one keeps the try {@link LoginThrottleFilter} took).
 */
@Component
class SignInRecorder {

    private final QueuedWriter<SignInEvent> events;
    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SignInRecorder(QueuedWriter<SignInEvent> events, UserAccountRepository accounts, LoginThrottle throttle,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.throttle = throttle;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = typed(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        throttle.succeeded(username, address);
        // The account was read for this sign-in just now (AccountDetailsService): its clinic is the principal's.
        AccountPrincipal principal = (AccountPrincipal) event.getAuthentication().getPrincipal();
        events.add(new SignInEvent(username, principal.clinicId(), true, clock.instant()));
        publisher.publishEvent(new SecurityEvent("login", Outcome.SUCCESS, principal.accountId(),
                principal.username(), principal.role(), principal.clinicId(), address, null));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = typed(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        var account = accounts.findByUsername(username);
        Long clinicId = account.map(UserAccount::getClinicId).orElse(null);
        events.add(new SignInEvent(username, clinicId, false, clock.instant()));
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
