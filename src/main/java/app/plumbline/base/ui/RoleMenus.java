package app.plumbline.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The menu for each role. Vaadin works it out by going through every route and its access
 * annotation, which cost a few percent of the server's time when every new tab did it; the
 * answer is the same for everyone with the same role.
 */
@Component
class RoleMenus {

    private final Map<String, List<MenuEntry>> byRole = new ConcurrentHashMap<>();

    /** The entries the signed-in user may open; {@code role} must be that user's role. */
    List<MenuEntry> entries(String role) {
        return byRole.computeIfAbsent(role, r -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
