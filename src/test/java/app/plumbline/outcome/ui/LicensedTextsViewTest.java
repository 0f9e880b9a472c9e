package app.plumbline.outcome.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin's import screen lists every problem of a file, and imports a good one (made-up fixture text). */
class LicensedTextsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.update("delete from licensed_questionnaire_text");
    }

    private static byte[] fakeNdi() throws IOException {
        try (var in = LicensedTextsViewTest.class.getResourceAsStream("/licensed-texts/fake-ndi.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void problemsAreListedByLineAndAGoodFileIsImportedWithTheLicenceConfirmed() throws IOException {
        openAs("admin", "settings/questionnaire-texts");
        var view = _get(LicensedTextsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("NDI · Neck Disability Index")
                .contains("Not imported: cannot be assigned or printed.");

        String broken = new String(fakeNdi(), StandardCharsets.UTF_8).replace("2: Fake statement 3.2\n", "");
        view.receive("ndi.txt", broken.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, s -> s.withText("Import texts")));
        assertThat(_find(_get(UnorderedList.class, s -> s.withClasses("import-problems")), ListItem.class))
                .extracting(ListItem::getText).containsExactly(
                        "licenceHeld: Confirm that the clinic holds a licence for these texts.",
                        "line 23/lifting: Each item has 6 answers (0 to 5); 5 given, missing [2].");
        assertThat(jdbc.queryForObject("select count(*) from licensed_questionnaire_text", Integer.class)).isZero();

        view.receive("ndi.txt", fakeNdi());
        view.licenceHeld.setValue(true);
        _click(_get(Button.class, s -> s.withText("Import texts")));
        assertThat(_find(UnorderedList.class, s -> s.withClasses("import-problems"))).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Texts imported by");
        assertThat(_get(Button.class, s -> s.withAttribute("aria-label", "Remove the NDI texts")).isVisible())
                .isTrue();
    }
}
