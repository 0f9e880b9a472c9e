package app.plumbline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The menu is asked of Vaadin once per role and each role keeps its own. */
class RoleMenusTest extends KaribuTest {

    @Autowired
    RoleMenus menus;

    @Test
    void eachRoleGetsItsOwnEntriesAskedOnce() {
        signIn.as("anna.berg");
        var therapist = menus.entries();
        signIn.as("tom.ruiz");
        assertThat(menus.entries()).isSameAs(therapist);
        signIn.as("maria.lopez");
        var patient = menus.entries();

        assertThat(therapist).extracting(MenuEntry::title).contains("Patients").doesNotContain("Today");
        assertThat(patient).extracting(MenuEntry::title).contains("Today").doesNotContain("Patients");
    }
}
