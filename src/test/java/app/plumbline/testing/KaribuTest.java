package app.plumbline.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.security.ui.RefusalPage;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Browserless UI tests: real views, real services, a faked servlet environment. */
@ServiceTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected SignIn signIn;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.plumbline");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        mockVaadin(context);
    }

    /** A faked Vaadin servlet environment over the Spring context, for tests and benchmarks. */
    public static void mockVaadin(ApplicationContext context) {
        discoverRoutes();
        MockVaadin.setMockRequestFactory(SpringSecurityFakeRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        signIn.out();
    }

    /**
     * Opening the address shows the refusal page (a 403 that says the page is not available) and
     * not the view asked for.
     */
    protected static void assertRefused(String route) {
        UI.getCurrent().navigate(route);
        _assertOne(RefusalPage.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route)
                .first().isInstanceOf(RefusalPage.class);
    }

    /**
     * Another user signs in in a new browser tab: a new session and UI, so nothing of the last one
     * (the layout with its menu and name, which Vaadin keeps across navigations) carries over.
     */
    protected void newTabAs(String username, String route) {
        MockVaadin.tearDown();
        signIn.as(username);
        mockVaadin(context);
        UI.getCurrent().navigate(route);
    }

    /** Signs the account in and opens the address, as after a fresh page load. */
    protected void openAs(String username, String route) {
        signIn.as(username);
        UI.getCurrent().navigate(route);
    }
}
