package app.plumbline.sessionlog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryViewTest extends KaribuTest {

    @Autowired
    SessionLogService sessions;

    private List<String> shownDays() {
        return _find(Div.class, spec -> spec.withClasses("history-row")).stream()
                .map(row -> _get(row, H2.class).getText()).toList();
    }

    @Test
    void showsTheNewestSessionsFirstAndOlderOnesOnRequest() {
        signIn.as("maria.lopez");
        int all = sessions.history(0, 200).sessions().size();
        assertThat(all).as("Maria's demo history is longer than a page").isGreaterThan(HistoryView.PAGE);

        openAs("maria.lopez", "history");
        assertThat(shownDays()).hasSize(HistoryView.PAGE);
        Button older = _get(Button.class, spec -> spec.withText("Show older sessions"));
        while (older.isVisible()) {
            _click(older);
        }

        assertThat(shownDays()).hasSize(all).doesNotHaveDuplicates();
    }
}
