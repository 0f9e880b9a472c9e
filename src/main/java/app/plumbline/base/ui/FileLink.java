package app.plumbline.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that downloads a file the app serves outside Vaadin (under /files/, where a controller
 * checks who may have it), looking like a button. A plain link: it works by keyboard, on any
 * screen, and the browser names the file from the server's answer.
 */
public final class FileLink {

    private FileLink() {
    }

    /** A link styled as a secondary button, for "Download ..." beside other actions. */
    public static Anchor download(String pathFromRoot, String text) {
        var link = button(text);
        link.setHref(AppUrls.of(pathFromRoot));
        link.addClassName("secondary-link");
        return link;
    }

    /** A download link styled as a button, its address set later (setHref with AppUrls.of). */
    public static Anchor button(String text) {
        var link = new Anchor("", text);
        link.addClassName("button-link");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
