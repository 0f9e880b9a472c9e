package app.plumbline.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Absolute addresses for non-Vaadin resources (pictures, downloads). A relative address would
 * resolve against the current route after client-side navigation, not the app's root.
 */
public final class AppUrls {

    private AppUrls() {
    }

    /** "files/exercise-images/7" → "/files/exercise-images/7" (with the servlet context path, if any). */
    public static String of(String pathFromRoot) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String context = request == null ? "" : request.getContextPath();
        return context + "/" + pathFromRoot;
    }
}
