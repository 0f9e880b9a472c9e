package app.plumbline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    @Test
    void isTheBrowsersProgressBarNamedByItsLabel() {
        var meter = new ProgressMeter("Sheets printed", 3);
        var element = meter.getElement();
        assertThat(element.getTag()).isEqualTo("progress");
        assertThat(element.getAttribute("aria-label")).isEqualTo("Sheets printed");
        assertThat(element.getAttribute("max")).isEqualTo("3.0");
        assertThat(element.getAttribute("value")).isEqualTo("0.0");
        assertThat(element.hasAttribute("aria-valuemax")).isFalse();
        assertThat(meter.getClassNames()).containsExactly("progress-meter");
    }

    @Test
    void keepsItsValueBetweenNoneAndAll() {
        var meter = new ProgressMeter("Backup progress", 1);
        meter.setValue(0.25);
        assertThat(meter.getElement().getAttribute("value")).isEqualTo("0.25");
        meter.setValue(1.5);
        assertThat(meter.getElement().getAttribute("value")).isEqualTo("1.0");
        meter.setValue(-1);
        assertThat(meter.getElement().getAttribute("value")).isEqualTo("0.0");
    }

    @Test
    void anEmptyTaskStillHasARange() {
        assertThat(new ProgressMeter("Sheets printed", 0).getElement().getAttribute("max")).isEqualTo("1.0");
    }
}
