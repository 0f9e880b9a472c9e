package app.plumbline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The web request a service is serving, if any (start-up tasks and most tests have none): the
 * client's address and the caller's own session. Vaadin's requests reach its servlet through
 * Spring's dispatcher, which holds the request for the thread.
 */
final class CurrentRequest {

    private CurrentRequest() {
    }

    static String clientAddress() {
        return request().map(HttpServletRequest::getRemoteAddr).orElse(null);
    }

    static String sessionId() {
        return request().map(r -> r.getSession(false)).map(HttpSession::getId).orElse(null);
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
