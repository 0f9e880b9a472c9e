package app.plumbline.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each account, as Spring Security's session registry knows them. An
 * ended session is refused at its next request (the browser is sent to the sign-in page).
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    int count(Long accountId) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountPrincipal a && a.accountId().equals(accountId))
                .mapToInt(p -> registry.getAllSessions(p, false).size()).sum();
    }

    /** Ends every session of the account; returns how many there were. */
    int end(Long accountId) {
        return endAllBut(accountId, null);
    }

    /** Ends every session of the account but the one kept (the caller's own; null: none); returns how many ended. */
    int endAllBut(Long accountId, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal a && a.accountId().equals(accountId)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
