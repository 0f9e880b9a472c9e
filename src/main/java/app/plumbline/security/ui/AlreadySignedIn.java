package app.plumbline.security.ui;

import app.plumbline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * The sign-in and activation pages are for people not signed in. Someone signed in who comes back
 * to one, for example with the browser's Back button after a save, goes to their home instead of
 * seeing a form that suggests they were signed out.
 */
final class AlreadySignedIn {

    private AlreadySignedIn() {
    }

    /** Forwards a signed-in user home; true when it did, and the page should show nothing. */
    static boolean sendHome(BeforeEnterEvent event, CurrentUser currentUser) {
        if (currentUser.get().isEmpty()) {
            return false;
        }
        event.forwardTo("");
        return true;
    }
}
