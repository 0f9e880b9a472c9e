package app.plumbline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a patient in right after they activated their account with the code and the password they
 * just chose, as a sign-in with that password would: a new session id (no session fixation), the
 * security context kept in the session, the session registered (so it can be ended like any
 * other) and the sign-in recorded. Only {@link PatientAccounts#activate} proves the right to it.
 */
@Component
public class ActivationSignIn {

    private final UserDetailsService users;
    private final SessionRegistry sessions;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    ActivationSignIn(UserDetailsService users, SessionRegistry sessions, ApplicationEventPublisher events,
            CurrentUser currentUser) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** The account's username as {@link PatientAccounts#activate} returned it, on the activating request. */
    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        String sessionId = request.getSession().getId();
        request.changeSessionId();
        sessions.removeSessionInformation(sessionId);
        SecurityContext context = currentUser.contexts().createEmptyContext();
        context.setAuthentication(authentication);
        currentUser.contexts().setContext(context);
        repository.saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), user);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
    }
}
