package app.plumbline.testing;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a real account of the test database in, for service and UI tests.
 *
 * <p>Every Spring context installs its own security-context strategy (Vaadin's, with a thread-local
 * of its own) as the JVM-wide one, and its beans keep reading their own. When a test class with
 * another configuration starts a second context, the JVM-wide strategy is that context's from then
 * on; a later test back in the first context would sign in where the first context does not look
 * (with method security, since removed, a view's {@code getPageTitle()} failed with "An
 * Authentication object was not found"). So signing in first puts this context's strategy back.
 */
@Component
public class SignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy strategy;
    private final PatientAccess access;

    SignIn(UserDetailsService users, SecurityContextHolderStrategy strategy, PatientAccess access) {
        this.users = users;
        this.strategy = strategy;
        this.access = access;
    }

    /** The signed-in user's proof of access to a patient, as a screen gets it (audited as "test"). */
    public PatientRef ref(Long patientId) {
        return access.forReader(patientId, "test");
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContextHolder.setContext(context);
    }

    public void out() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContextHolder.clearContext();
    }
}
