package app.plumbline.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.workbench.ui.PatientsView;
import app.plumbline.security.ui.LoginView;
import app.plumbline.security.ui.UsersView;
import app.plumbline.sessionlog.ui.TodayView;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

class HomeNavigationTest extends KaribuTest {

    @Test
    void eachRoleLandsOnItsOwnHome() {
        openAs("admin", "");
        _assertOne(UsersView.class);
        openAs("anna.berg", "");
        _assertOne(PatientsView.class);
        openAs("maria.lopez", "");
        _assertOne(TodayView.class);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("patients");
        _assertOne(LoginView.class);
    }

    @Test
    void someoneSignedInWhoOpensSignInOrActivationGoesHome() {
        openAs("maria.lopez", "login");
        _assertOne(TodayView.class);
        UI.getCurrent().navigate("activate");
        _assertOne(TodayView.class);
        openAs("anna.berg", "login");
        _assertOne(PatientsView.class);
    }

    @Test
    void patientCannotOpenTherapistOrAdminScreens() {
        signIn.as("maria.lopez");
        assertRefused("patients");
        assertRefused("admin/users");
    }

    @Test
    void therapistCannotOpenAdminScreen() {
        signIn.as("tom.ruiz");
        assertRefused("admin/users");
    }

    @Test
    void menuListsOnlyWhatTheRoleMayOpen() {
        openAs("anna.berg", "patients");
        assertThat(menuLabels()).contains("Patients", "Change password").doesNotContain("Users", "Today");
        newTabAs("maria.lopez", "today");
        assertThat(menuLabels()).contains("Today", "Change password").doesNotContain("Users", "Patients");
        newTabAs("admin", "admin/users");
        assertThat(menuLabels()).contains("Users").doesNotContain("Patients", "Today");
    }

    private java.util.List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
