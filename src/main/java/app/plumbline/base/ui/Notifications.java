package app.plumbline.base.ui;

import app.plumbline.base.InvalidInputException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

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
    }
}
