package app.plumbline.testing;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Notes what the app sees of a request that carries an {@value #HEADER} header: the client's
 * address and whether it came over HTTPS, after the container has applied any proxy headers.
 */
@TestConfiguration
public class RequestProbe {

    public static final String HEADER = "X-Test-Probe";

    public record Seen(String remoteAddress, boolean secure) {
    }

    private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    /** What the app saw of the request that carried this probe id. */
    public static Seen seen(String probe) {
        return SEEN.get(probe);
    }

    @Bean
    FilterRegistrationBean<Filter> requestProbeFilter() {
        Filter filter = (request, response, chain) -> {
            String probe = ((HttpServletRequest) request).getHeader(HEADER);
            if (probe != null) {
                SEEN.put(probe, new Seen(request.getRemoteAddr(), request.isSecure()));
            }
            chain.doFilter(request, response);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
