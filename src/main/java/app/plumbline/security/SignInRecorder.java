package app.plumbline.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class SignInRecorder {

    private final SignInEventRepository events;
    private final UserAccountRepository accounts;
    private final Clock clock;

    SignInRecorder(SignInEventRepository events, UserAccountRepository accounts, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), true);
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication().getName(), false);
    }

    private void record(String typed, boolean succeeded) {
        String username = Usernames.normalise(typed);
        if (username.length() > 100) {
            username = username.substring(0, 100);
        }
        Long clinicId = accounts.findByUsername(username).map(UserAccount::getClinicId).orElse(null);
        events.save(new SignInEvent(username, clinicId, succeeded, clock.instant()));
    }
}
