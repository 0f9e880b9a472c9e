package app.plumbline.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar and line chart drawn by Chart.js in the browser ({@code frontend/plumbline-chart.js}).
 * The same numbers are also rendered as a visually hidden table for screen readers.
 */
@Tag("plumbline-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./plumbline-chart.js")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String title;
    private List<String> categories = List.of();
    private final List<Series> series = new ArrayList<>();
    private ValueAxis valueAxis = new ValueAxis(null, null, null);
    private ValueAxis secondAxis;

    /** @param title says what the chart shows; read out by screen readers. */
    public Chart(String title) {
        this.title = title;
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", title);
        setWidthFull();
        setHeight("280px");
    }

    public Chart categories(List<String> labels) {
        this.categories = List.copyOf(labels);
        return update();
    }

    public Chart bars(String name, List<? extends Number> values, SeriesColor color) {
        series.add(new Series("bar", name, nullable(values), color, false));
        return update();
    }

    public Chart line(String name, List<? extends Number> values, SeriesColor color) {
        series.add(new Series("line", name, nullable(values), color, false));
        return update();
    }

    /** A line on the second value axis (set with {@link #secondAxis}). */
    public Chart lineOnSecondAxis(String name, List<? extends Number> values, SeriesColor color) {
        series.add(new Series("line", name, nullable(values), color, true));
        return update();
    }

    /** Markers without a connecting line, on the second value axis; null for no marker. */
    public Chart markersOnSecondAxis(String name, List<? extends Number> values, SeriesColor color) {
        series.add(new Series("points", name, nullable(values), color, true));
        return update();
    }

    public Chart secondAxis(String axisTitle, Number min, Number max) {
        this.secondAxis = new ValueAxis(axisTitle, min, max);
        return update();
    }

    public Chart valueAxis(String axisTitle, Number min, Number max) {
        this.valueAxis = new ValueAxis(axisTitle, min, max);
        return update();
    }

    public Chart clear() {
        series.clear();
        categories = List.of();
        return update();
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    public List<String> categories() {
        return categories;
    }

    private Chart update() {
        var config = new java.util.HashMap<String, Object>(Map.of("title", title, "categories", categories,
                "series", series, "valueAxis", valueAxis));
        if (secondAxis != null) {
            config.put("secondAxis", secondAxis);
        }
        getElement().setProperty("config", JSON.writeValueAsString(config));
        renderTable();
        return this;
    }

    private void renderTable() {
        getElement().removeAllChildren();
        Element table = new Element("table");
        table.setAttribute("class", "sr-only");
        Element caption = new Element("caption").setText(title);
        Element head = new Element("tr").appendChild(new Element("th").setText(""));
        series.forEach(s -> head.appendChild(new Element("th").setText(s.name())));
        table.appendChild(caption, head);
        for (int i = 0; i < categories.size(); i++) {
            Element row = new Element("tr").appendChild(new Element("th").setText(categories.get(i)));
            for (Series s : series) {
                Number value = i < s.values().size() ? s.values().get(i) : null;
                row.appendChild(new Element("td").setText(value == null ? "–" : value.toString()));
            }
            table.appendChild(row);
        }
        getElement().appendChild(table);
    }

    public record Series(String type, String name, List<? extends Number> values, SeriesColor color,
            boolean secondAxis) {
    }

    private static List<? extends Number> nullable(List<? extends Number> values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    public record ValueAxis(String title, Number min, Number max) {
    }
}
