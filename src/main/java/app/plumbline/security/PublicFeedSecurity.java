package app.plumbline.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The one address served without a sign-in besides the sign-in and activation pages: a patient's
 * calendar feed, {@code GET /calendar/{token}.ics}, whose long random token is its credential
 * (calendar apps cannot sign in). Its own filter chain, checked before the app's: only GET of
 * that exact shape is let through, everything else under {@code /calendar/} is denied (the
 * patient's Calendar screen, {@code /calendar} itself, stays with the app's chain). Stateless: no
 * session, so no session cookie, is ever made for a feed request; no CSRF (GET only).
 */
@Configuration
class PublicFeedSecurity {

    static final String FEED = "/calendar/*.ics";

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, FEED))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .build();
    }
}
