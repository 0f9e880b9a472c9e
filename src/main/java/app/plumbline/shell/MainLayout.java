package app.plumbline.shell;

import app.plumbline.message.MessageService;
import app.plumbline.message.UnreadBadge;
import app.plumbline.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame around every signed-in screen. The menu lists only the views the signed-in role may
 * open (Vaadin filters {@code @Menu} entries by each view's access annotation, once per role:
 * {@link RoleMenus}). The unread-message
 * count is asked again after each navigation (opening a thread reads it), never polled.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final MessageService messages;
    private final Map<String, SideNavItem> items = new HashMap<>();
    /** The count in the top bar too: on a phone the menu is a closed drawer. */
    private final Anchor unread = new Anchor();
    private SideNavItem badged;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, MessageService messages,
            RoleMenus menus) {
        this.currentUser = currentUser;
        this.messages = messages;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var name = new Span(currentUser.get().map(u -> u.displayName()).orElse(""));
        name.addClassName("app-user");
        var logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), e -> logOut(authentication));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("log-out");
        unread.addClassName("app-unread");
        unread.getElement().getThemeList().add("badge primary pill");
        unread.setVisible(false);
        var bar = new HorizontalLayout(unread, name, logout);
        bar.addClassName("app-bar");
        addToNavbar(toggle, bar);

        var brand = new Span("Plumbline");
        brand.addClassName("app-brand");
        addToDrawer(brand, menu(menus.entries()));
    }

    /**
     * Signs out and forgets what this tab kept for the signed-in user (the unsaved session-form
     * draft), so the next person at a shared computer finds none of it in the browser.
     */
    private void logOut(AuthenticationContext authentication) {
        getElement().executeJs("sessionStorage.clear()");
        authentication.logout();
    }

    private SideNav menu(List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : entries) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
            items.put(withoutSlash(entry.path()), item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (badged != null) {
            badged.setSuffixComponent(null);
            badged = null;
        }
        unread.setVisible(false);
        if (currentUser.get().isEmpty()) {
            return;
        }
        messages.menuBadge().filter(b -> b.count() > 0).ifPresent(this::show);
    }

    private void show(UnreadBadge badge) {
        SideNavItem item = items.get(badge.menuPath());
        if (item == null) {
            return;
        }
        var count = new Span(Long.toString(badge.count()));
        count.getElement().getThemeList().add("badge primary pill small");
        count.getElement().setAttribute("aria-label", badge.count() == 1 ? "1 unread message"
                : badge.count() + " unread messages");
        count.addClassName("menu-unread");
        item.setSuffixComponent(count);
        badged = item;
        String words = badge.count() == 1 ? "1 unread message" : badge.count() + " unread messages";
        unread.setHref(badge.menuPath());
        unread.removeAll();
        unread.add(VaadinIcon.CHAT.create(), new Span(Long.toString(badge.count())));
        unread.getElement().setAttribute("aria-label", words);
        unread.getElement().setAttribute("title", words);
        unread.setVisible(true);
    }

    private static String withoutSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
