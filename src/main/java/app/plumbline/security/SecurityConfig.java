package app.plumbline.security;

import app.plumbline.base.QueuedWriter;
import app.plumbline.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Who may open which screen is Vaadin's check of the views' access annotations; what a service
 * gives out is checked in the service's code (CurrentUser, PatientAccess). There is no method
 * security: it only wrapped every new view in a proxy, at a cost on every navigation.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /**
     * Files the app serves outside Vaadin (exercise pictures, sheets) live under {@code /files/}
     * and need a signed-in user; the controller serving each checks role and ownership. Anything
     * else not known to Vaadin is denied.
     */
    public static final String FILES = "/files/";

    /**
     * The one-click unsubscribe link of reminder emails: opened and posted without sign-in (a mail
     * program posts it, RFC 8058), so it is open and, for this path only, exempt from CSRF; the
     * long random token in it is its access check.
     */
    public static final String UNSUBSCRIBE = "/reminders/unsubscribe/";

    /**
     * Only our own origin. Vaadin Flow itself needs inline and eval'd scripts (its bootstrap and
     * executeJs) and inline styles; nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions,
            ApplicationEventPublisher events, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(FILES + "**").authenticated()
                .requestMatchers(UNSUBSCRIBE + "*").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; every other POST needs Spring's, the sign-in
        // form's too (Vaadin would exempt it, which lets another site sign a browser in to an account
        // of its own). Vaadin's login form sends the token from the page's meta tags. A sign-in whose
        // page outlived its session opens the sign-in page afresh.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, UNSUBSCRIBE + "*")));
        // Only the sign-in POST: with a single "default for" mapping Spring would use it for every refusal.
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(LoginThrottleFilter.SIGN_IN, new ExpiredSignInForm(events))),
                new AccessDeniedHandlerImpl())));
        // Sign-in guessing is slowed per account and per address before the password is checked.
        http.addFilterBefore(new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
        // A new session id at sign-in; sessions are registered so an admin can end them.
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Vaadin serves its pages through a forward that commits the response before Spring
                // Security's usual late write; written up front, the headers reach every page.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // An address no route knows goes, signed in, to the app's "not available" page (Vaadin 25
        // answers a bare 403 by default); each view and service still checks who may see what.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(any -> any.authenticated()))
                .build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Sign-in statistics rows, written in batches off the sign-in's request (a storm shares commits). */
    @Bean
    QueuedWriter<SignInEvent> signInEventWriter(SignInEventRepository events, PlatformTransactionManager transactions) {
        return new QueuedWriter<>("the sign-in statistics", transactions, QueuedWriter.LINGER, events::saveAll, () -> { });
    }

    /** Tells the session registry when a session ends (sign-out, timeout). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id for new hashes (no 72-byte limit, unlike bcrypt, so long passphrases work); bcrypt
     * hashes from earlier versions still verify and are upgraded at the next sign-in. At most
     * {@code plumbline.security.concurrent-hashes} hashes at once (default: one per core).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${plumbline.security.concurrent-hashes:0}") int concurrentHashes) {
        String argon2 = "argon2@SpringSecurity_v5_8";
        int concurrent = concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors();
        var encoder = new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, new Argon2idEncoder(concurrent),
                "bcrypt", new BCryptPasswordEncoder()));
        return new BoundedHashing(encoder, concurrent);
    }
}
