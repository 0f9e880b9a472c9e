package app.plumbline.security;

import app.plumbline.base.Outcome;

/**
 * A sign-in, a refused or throttled sign-in, a sign-out or a change to someone's login, published
 * for the audit trail. The actor may be unknown (a failed sign-in names only what was typed).
 */
public record SecurityEvent(String action, Outcome outcome, Long actorId, String actorName, Role actorRole,
        Long clinicId, String clientAddress, String detail) {

    static SecurityEvent by(AccountPrincipal actor, String action, Outcome outcome, String detail) {
        return by(actor, action, outcome, null, detail);
    }

    /** The actor may be null: nobody signed in. */
    public static SecurityEvent by(AccountPrincipal actor, String action, Outcome outcome, String clientAddress,
            String detail) {
        return actor == null
                ? new SecurityEvent(action, outcome, null, null, null, null, clientAddress, detail)
                : new SecurityEvent(action, outcome, actor.accountId(), actor.username(), actor.role(),
                        actor.clinicId(), clientAddress, detail);
    }
}
