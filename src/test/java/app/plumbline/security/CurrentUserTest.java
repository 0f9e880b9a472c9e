package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The signed-in user is read through the application's own security-context strategy, so another
 * Spring context starting in the same JVM (which makes its strategy the JVM-wide one) does not
 * sign this application's users out. Before, the sheet and picture downloads of the first context
 * answered 403 "Not signed in" once a second test context had started.
 */
@ServiceTest
class CurrentUserTest {

    @Autowired
    CurrentUser currentUser;
    @Autowired
    SystemAccounts system;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void anotherContextStartedSinceOurs() {
        signIn.as("anna.berg");
        SecurityContextHolder.setContextHolderStrategy(new AnotherContextsStrategy());
    }

    @AfterEach
    void ourStrategyBack() {
        signIn.out();
    }

    @Test
    void theSignedInUserIsFoundWhateverTheJvmWideStrategy() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(currentUser.get()).map(AccountPrincipal::username).contains("anna.berg");
    }

    @Test
    void workHandedToAnotherThreadRunsAsTheCaller() {
        var worker = Executors.newSingleThreadExecutor();
        try {
            String who = CompletableFuture.supplyAsync(() -> currentUser.require().username(),
                    currentUser.asCaller(worker)).join();
            assertThat(who).isEqualTo("anna.berg");
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void runAsSignsInWhereTheApplicationLooksAndPutsTheCallerBack() {
        Long tom = system.accountId("tom.ruiz").orElseThrow();
        String inside = system.runAs(tom, () -> currentUser.require().username());
        assertThat(inside).isEqualTo("tom.ruiz");
        assertThat(currentUser.require().username()).isEqualTo("anna.berg");
    }

    /** What a second Spring context installs JVM-wide: a thread-local of its own. */
    private static final class AnotherContextsStrategy implements SecurityContextHolderStrategy {

        private final ThreadLocal<SecurityContext> context = ThreadLocal.withInitial(SecurityContextImpl::new);

        @Override
        public void clearContext() {
            context.remove();
        }

        @Override
        public SecurityContext getContext() {
            return context.get();
        }

        @Override
        public void setContext(SecurityContext next) {
            context.set(next);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }
}
