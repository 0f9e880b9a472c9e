package app.plumbline.security;

import app.plumbline.base.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A sign-in POST without the sign-in page's CSRF token: the page was open longer than its session
 * lived, or another site posted the form to sign the browser in to an account of its choosing.
 * Nothing is checked; the sign-in page opens afresh and says so, and the refusal is audited.
 */
class ExpiredSignInForm implements AccessDeniedHandler {

    private final ApplicationEventPublisher events;

    ExpiredSignInForm(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        events.publishEvent(new SecurityEvent("login", Outcome.DENIED, null,
                SignInRecorder.typed(request.getParameter("username")), null, null, request.getRemoteAddr(),
                "no valid CSRF token"));
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }
}
