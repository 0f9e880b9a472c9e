package app.plumbline.base.ui;

import app.plumbline.base.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;

/** Short confirmations and refusals, the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something to take note of, not a failure. */
    public static void warning(String message) {
        show(message, NotificationVariant.LUMO_WARNING);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR);
    }

    /** Runs a change and confirms it, or shows why the service refused it. */
    public static void attempt(Runnable change, String confirmation) {
        try {
            change.run();
            success(confirmation);
        } catch (InvalidInputException e) {
            error(e.getMessage());
        }
    }

    private static void show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        notification.setAssertive(variant == NotificationVariant.LUMO_ERROR);
        closeOnLaterNavigation(notification);
    }

    /**
     * A toast belongs to the screen it was shown on: it goes when the user moves to another screen
     * afterwards. A navigation in the same round trip (saved, then taken to the next screen) keeps it.
     */
    private static void closeOnLaterNavigation(Notification notification) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        VaadinRequest shownIn = VaadinRequest.getCurrent();
        Registration[] registration = new Registration[1];
        registration[0] = ui.addAfterNavigationListener(event -> {
            if (VaadinRequest.getCurrent() != shownIn) {
                notification.close();
                registration[0].remove();
            }
        });
        notification.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                registration[0].remove();
            }
        });
    }
}
