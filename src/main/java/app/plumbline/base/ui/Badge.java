package app.plumbline.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small label in Lumo's badge style; theme is e.g. "success", "contrast", "error". */
public final class Badge {

    private Badge() {
    }

    public static Span of(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
