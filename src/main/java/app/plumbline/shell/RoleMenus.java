package app.plumbline.shell;

import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The menu's entries for each role, asked of Vaadin once per role. Vaadin filters the {@code @Menu}
 * views by their access annotations, which depend only on the role; but it checks each view anew
 * on every page load, and each check looks a Spring Security helper up through a class-path
 * service search (about a tenth of what the server allocated under load; docs/PERFORMANCE.md).
 */
@Component
class RoleMenus {

    private final Map<Optional<Role>, List<MenuEntry>> byRole = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    RoleMenus(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The entries the signed-in user's role may open, in menu order. */
    List<MenuEntry> entries() {
        return byRole.computeIfAbsent(currentUser.get().map(u -> u.role()),
                role -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
