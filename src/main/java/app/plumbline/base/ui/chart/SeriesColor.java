package app.plumbline.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;

/** Colours by meaning; the browser takes the actual colour from the Lumo theme (light or dark). */
public enum SeriesColor {
    PRIMARY("--lumo-primary-color"),
    CONTRAST("--lumo-contrast-60pct"),
    ERROR("--lumo-error-color"),
    SUCCESS("--lumo-success-color"),
    WARNING("--lumo-warning-color");

    private final String cssVariable;

    SeriesColor(String cssVariable) {
        this.cssVariable = cssVariable;
    }

    @JsonValue
    public String cssVariable() {
        return cssVariable;
    }
}
