package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.OtherClinic;
import app.plumbline.program.ui.ProgramBuilderView;
import app.plumbline.workbench.ui.PatientPage;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The view layer of access control: every route says who may open it, and the server refuses the rest. */
class RouteAccessTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    OtherClinic otherClinic;

    @Test
    void everyRouteAndLayoutSaysWhoMayOpenIt() {
        var routes = new Routes().autoDiscoverViews("app.plumbline");
        List<Class<?>> unannotated = new ArrayList<>();
        Stream.concat(routes.getRoutes().stream(), Stream.of(app.plumbline.base.ui.MainLayout.class))
                .filter(view -> Stream.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class)
                        .noneMatch(view::isAnnotationPresent))
                .forEach(unannotated::add);
        assertThat(routes.getRoutes()).hasSizeGreaterThan(15);
        assertThat(unannotated).isEmpty();
    }

    @Test
    void aTherapistOfAnotherClinicIsRefusedAPatientPageByDirectAddress() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as(otherClinic.therapist());

        for (String route : List.of("patients/" + maria, "patients/" + maria + "/program")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException e) {
                assertThat(causes(e)).as(route).anyMatch(AccessDeniedException.class::isInstance);
            }
            // Either way nothing of Maria's reaches the screen; the refusal page says so.
            _assertOne(app.plumbline.security.ui.AccessDeniedView.class);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route)
                    .noneMatch(view -> view instanceof PatientPage || view instanceof ProgramBuilderView);
            assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).as(route).doesNotContain("Lopez");
        }
    }

    @Test
    void aPatientIsRefusedTherapistPagesEvenTheirOwn() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> UI.getCurrent().navigate("patients/" + maria))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = thrown; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
