package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.plumbline.base.QueuedWriter;
import app.plumbline.testing.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in form's POST through the whole security filter chain: CSRF and the throttle. */
@ServiceTest
class SignInFormTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    SystemAccounts system;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueuedWriter<SignInEvent> signInEvents;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private Long account(String username) {
        return system.ensureAccount(system.demoClinic().orElseThrow().getId(), username, "Form Tester",
                Role.THERAPIST, "the right long password");
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private long checks(String username, boolean succeeded) {
        signInEvents.awaitWritten();
        return jdbc.queryForObject("select count(*) from sign_in_event where username = ? and succeeded = ?",
                Long.class, username, succeeded);
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenChecksNothingAndOpensTheSignInPageAfresh() throws Exception {
        account("csrf.form");

        mvc.perform(signIn("csrf.form", "the right long password", "10.10.0.1"))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        mvc.perform(signIn("csrf.form", "the right long password", "10.10.0.1").with(csrf().useInvalidToken()))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        assertThat(checks("csrf.form", true) + checks("csrf.form", false)).isZero();

        mvc.perform(signIn("csrf.form", "the right long password", "10.10.0.1").with(csrf()))
                .andExpect(authenticated().withUsername("csrf.form"));
        assertThat(checks("csrf.form", true)).isOne();
    }

    @Test
    void fortyWrongPasswordsAtOnceAreCheckedFiveTimes() throws Exception {
        account("burst.target");
        var start = new CountDownLatch(1);
        List<Future<String>> redirects = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(40)) {
            for (int i = 0; i < 40; i++) {
                var request = signIn("burst.target", "wrong guess " + i, "10.11.0." + i).with(csrf());
                redirects.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
                }));
            }
            start.countDown();
            int paused = 0;
            for (Future<String> redirect : redirects) {
                paused += redirect.get().startsWith("/login?locked=") ? 1 : 0;
            }
            assertThat(paused).isEqualTo(35);
        }
        assertThat(checks("burst.target", false)).isEqualTo(5);
    }

    @Test
    void rightPasswordsGiveTheAddressItsTryBack() throws Exception {
        account("often.here");
        for (int i = 0; i < 25; i++) {
            mvc.perform(signIn("often.here", "the right long password", "10.12.0.1").with(csrf()))
                    .andExpect(authenticated());
        }
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn("nobody" + i, "a guess", "10.12.0.1").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("often.here", "the right long password", "10.12.0.1").with(csrf()))
                .andExpect(redirectedUrl("/login?locked=1")).andExpect(unauthenticated());
    }
}
