package app.plumbline.security;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Outcome;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A secret typed outside the sign-in form (the current password when changing it, an activation
 * code) is throttled and audited like a sign-in: a try is taken from the {@link LoginThrottle}
 * before the secret is checked, per account (the signed-in one, if any) and per client address; a
 * wrong secret keeps it and a right one gives it back. Every wrong and every paused try becomes a
 * {@link SecurityEvent}.
 */
@Component
class SecretTries {

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    SecretTries(LoginThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    /**
     * Takes a try before the secret typed into the field is checked, for the action ("account.activate")
     * done by the actor (null: nobody signed in); while paused, refuses at the field.
     */
    Try take(String action, String field, AccountPrincipal actor) {
        String address = CurrentRequest.clientAddress();
        Optional<Duration> wait = throttle.tryTake(actor == null ? null : actor.username(), address);
        if (wait.isPresent()) {
            long minutes = LoginThrottle.minutes(wait.get());
            events.publishEvent(SecurityEvent.by(actor, action + ".throttled", Outcome.DENIED, address,
                    "wait " + minutes + " min"));
            throw new InvalidInputException(field, "Too many wrong tries: to protect the account, this is paused for "
                    + (minutes == 1 ? "about a minute." : "about " + minutes + " minutes."));
        }
        return new Try(action, field, actor, address);
    }

    /** One try at a secret, taken. */
    final class Try {

        private final String action;
        private final String field;
        private final AccountPrincipal actor;
        private final String address;

        private Try(String action, String field, AccountPrincipal actor, String address) {
            this.action = action;
            this.field = field;
            this.actor = actor;
            this.address = address;
        }

        /** The secret was wrong: the try stays taken and is audited; returns the refusal to throw. */
        InvalidInputException wrong(String message) {
            events.publishEvent(SecurityEvent.by(actor, action, Outcome.FAILURE, address, "wrong " + field));
            return new InvalidInputException(field, message);
        }

        /** The secret was right: the try is given back and the account's failures forgiven. */
        void right() {
            throttle.succeeded(actor == null ? null : actor.username(), address);
        }

        String address() {
            return address;
        }
    }
}
