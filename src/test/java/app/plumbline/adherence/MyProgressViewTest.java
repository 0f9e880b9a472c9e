package app.plumbline.adherence;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.ui.MyProgressView;
import app.plumbline.base.ui.chart.Chart;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyProgressViewTest extends KaribuTest {

    @Autowired
    AdherenceService adherence;

    @Test
    void thePatientSeesTheirStreakAndWeeks() {
        openAs("maria.lopez", "progress");
        _get(MyProgressView.class);
        var progress = adherence.myProgress();
        assertThat(_find(Span.class, s -> s.withClasses("figure-value")).getFirst().getText())
                .isEqualTo(progress.streakDays() == 1 ? "1 day" : progress.streakDays() + " days");
        assertThat(_get(Chart.class).categories()).hasSize(6);
    }

    @Test
    void therapistsHaveNoProgressPage() {
        signIn.as("anna.berg");
        assertRefused("progress");
    }
}
