package app.plumbline.security;

import app.plumbline.base.Outcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's POST and takes a try from {@link LoginThrottle} before the
 * password is checked ({@link SignInRecorder} gives it back when the password was right). While the
 * throttle says wait, the password is not even checked, and the sign-in page says how long to wait.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    LoginThrottleFilter(LoginThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request)) {
            String username = request.getParameter("username");
            Optional<Duration> wait = throttle.tryTake(username == null ? "" : username, request.getRemoteAddr());
            if (wait.isPresent()) {
                long minutes = LoginThrottle.minutes(wait.get());
                events.publishEvent(new SecurityEvent("login.throttled", Outcome.DENIED, null,
                        SignInRecorder.typed(username), null, null, request.getRemoteAddr(),
                        "wait " + minutes + " min"));
                response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
