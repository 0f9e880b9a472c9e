package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.audit.AuditLog;
import app.plumbline.security.ui.RefusalPage;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.OtherClinic;
import app.plumbline.program.ui.ProgramBuilderView;
import app.plumbline.workbench.ui.PatientPage;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The view layer of access control: every route says who may open it, and the server refuses the rest. */
class RouteAccessTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void everyRouteAndLayoutSaysWhoMayOpenIt() {
        var routes = new Routes().autoDiscoverViews("app.plumbline");
        List<Class<?>> unannotated = new ArrayList<>();
        Stream.concat(routes.getRoutes().stream(), Stream.of(app.plumbline.shell.MainLayout.class))
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
        assertRefused("patients/" + maria);
        assertRefused("admin/audit");
    }

    @Test
    void everyRefusedPageIsInTheAuditTrailWithWhoAskedAndTheAddress() {
        Long maria = demo.id("anna.berg", "Maria Lopez");
        // Refusals of earlier tests may still be queued for the background writer: let them land first.
        audit.awaitWritten();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        signIn.as(otherClinic.therapist());
        try {
            UI.getCurrent().navigate("patients/" + maria);
        } catch (RuntimeException refusedByTheService) {
            // As above: the refusal page shows either way.
        }
        signIn.as("tom.ruiz");
        UI.getCurrent().navigate("admin/users", QueryParameters.of("token", "not-for-the-audit-trail"));
        _assertOne(RefusalPage.class);
        signIn.as("maria.lopez");
        assertRefused("settings");

        assertThat(refusalsSince(before, 3)).containsExactly(
                "other.clinic.pt THERAPIST DENIED /patients/" + maria,
                "tom.ruiz THERAPIST DENIED /admin/users",
                "maria.lopez PATIENT DENIED /settings");
    }

    /**
     * The route.refused rows after the given id, as "actor role outcome detail". The audit trail may
     * write in the background, so this waits (up to ten seconds) until the expected number is there.
     */
    private List<String> refusalsSince(long id, int expected) {
        List<String> rows = List.of();
        for (int wait = 0; wait < 200 && rows.size() < expected; wait++) {
            if (wait > 0) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            rows = jdbc.queryForList("select actor_name || ' ' || actor_role || ' ' || outcome || ' ' || detail "
                    + "from audit_event where id > ? and action = 'route.refused' order by id", String.class, id);
        }
        return rows;
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = thrown; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
