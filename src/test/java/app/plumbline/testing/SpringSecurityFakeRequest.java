package app.plumbline.testing;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu's fake request, answering who is signed in from Spring Security's context, as the real
 * servlet filter would: Vaadin's view access checks then see the test's user.
 */
class SpringSecurityFakeRequest extends FakeRequest {

    SpringSecurityFakeRequest(FakeHttpSession session) {
        super(session);
    }

    @Override
    public Principal getUserPrincipal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication : null;
    }

    @Override
    public boolean isUserInRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
