package app.plumbline.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Gives a grid other columns on a phone: its wide columns give way to a card column (the key facts
 * in one cell) and to whatever else must stay, such as action buttons. The browser's width is asked
 * when the grid is attached and followed on every resize, so a turned phone or a narrowed window gets
 * the columns that fit. Without a browser (or before it answers) the grid keeps its wide columns.
 * Server-side {@code setVisible} rather than CSS: a hidden grid column takes its header, its cells
 * and its width with it, which CSS on the cells cannot do.
 */
public final class NarrowScreen {

    /** Up to this window width (CSS px) the screen counts as a phone. */
    public static final int PHONE_MAX_WIDTH = 700;

    private NarrowScreen() {
    }

    /**
     * On a phone-wide window shows {@code phoneOnly} and hides {@code wideOnly}; on a wider one the
     * reverse. The phone-only columns start hidden.
     */
    public static void adapt(Grid<?> grid, List<? extends Grid.Column<?>> phoneOnly,
            List<? extends Grid.Column<?>> wideOnly) {
        phoneOnly.forEach(c -> c.setVisible(false));
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply(grid, phoneOnly, wideOnly,
                    details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(e -> apply(grid, phoneOnly, wideOnly, e.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    static void apply(Grid<?> grid, List<? extends Grid.Column<?>> phoneOnly,
            List<? extends Grid.Column<?>> wideOnly, int width) {
        boolean phone = width > 0 && width <= PHONE_MAX_WIDTH;
        phoneOnly.forEach(c -> c.setVisible(phone));
        wideOnly.forEach(c -> c.setVisible(!phone));
        grid.getElement().setAttribute("data-narrow", String.valueOf(phone));
    }
}
