package app.plumbline.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.ui.CatalogView;
import app.plumbline.catalog.ui.ExerciseCardView;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogViewTest extends KaribuTest {

    @Test
    void searchAsYouTypeFindsByNameAndMuscle() {
        openAs("anna.berg", "catalog");
        assertThat(cardNames()).hasSizeGreaterThanOrEqualTo(100);

        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "chin");
        assertThat(cardNames()).contains("Chin tuck", "Chin tuck lying down", "Chin tuck against a headrest")
                .doesNotContain("Short-foot exercise (arch doming), seated", "Glute bridge");
        assertThat(resultCount()).isEqualTo(cardNames().size() + " exercises");

        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "masseter");
        assertThat(cardNames()).contains("Masseter self-massage").doesNotContain("Chin tuck");
    }

    @Test
    void facetsNarrowTheResults() {
        openAs("anna.berg", "catalog");
        int all = cardNames().size();

        ComboBox<Region> region = comboBox("Region");
        _setValue(region, Region.JAW);
        List<String> jaw = cardNames();
        assertThat(jaw).isNotEmpty().hasSizeLessThan(all).contains("Alternating-side chewing practice");

        ComboBox<Integer> level = comboBox("Level");
        _setValue(level, 1);
        assertThat(cardNames()).isNotEmpty().hasSizeLessThanOrEqualTo(jaw.size());

        _setValue(region, null);
        _setValue(level, null);
        ComboBox<Equipment> equipment = comboBox("Equipment");
        _setValue(equipment, Equipment.FOAM_ROLLER);
        assertThat(cardNames()).contains("Calf release on a foam roller",
                "Chest opener lying on a roll", "Upper back extension over a foam roller", "Upper back release on a foam roller")
                .doesNotContain("Chin tuck");
    }

    @Test
    void choosingAPatternSaysWhyEachExerciseFits() {
        openAs("anna.berg", "catalog");
        ComboBox<PatternDefinition> pattern = comboBox("Pattern");
        _setValue(pattern, pattern.getListDataView().getItems()
                .filter(p -> p.slug().equals("forward-head-posture")).findFirst().orElseThrow());

        List<String> reasons = _find(ListItem.class).stream()
                .filter(li -> li.getParent().map(p -> p.hasClassName("fit-reasons")).orElse(false))
                .map(ListItem::getText).toList();
        assertThat(reasons).contains("Activates deep neck flexors (longus colli and capitis) — underactive in "
                + "forward head posture (forward chin)");
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("Stretches upper trapezius — overactive in "));
        assertThat(cardNames()).contains("Chin tuck").doesNotContain("Short-foot exercise (arch doming), seated");
    }

    @Test
    void therapistOpensAnExerciseFromItsCard() {
        openAs("anna.berg", "catalog");
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "chin tuck headrest");
        UI.getCurrent().navigate(_get(Anchor.class, s -> s.withText("Chin tuck against a headrest")).getHref());

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(t -> assertThat(t).startsWith("Default dosage: "));
        assertThat(_get(Anchor.class, s -> s.withText("Chin tuck")).getHref()).isEqualTo("catalog/exercise/chin-tuck");
    }

    @Test
    void theExercisePageShowsItsEvidenceUnderTheReferences() {
        openAs("anna.berg", "catalog/exercise/chin-tuck-headrest-press");

        assertThat(_get(Paragraph.class, s -> s.withClasses("evidence")).getText())
                .isEqualTo("Evidence: No trial has tested this headrest version on its own. Neck and shoulder "
                        + "strengthening helps chronic neck pain, and deep neck training with pressure biofeedback "
                        + "helps cervicogenic headache (Gross et al. 2015); that chin tucks change head posture is "
                        + "not shown.");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, s -> s.withClasses("references"))
                .getElement().getTextRecursively()).contains("Gross A, Kay TM");
    }

    @Test
    void anExerciseWithoutAnEvidenceStatementShowsNone() {
        openAs("anna.berg", "catalog/exercise/chin-tuck");

        assertThat(_find(Paragraph.class, s -> s.withClasses("evidence"))).isEmpty();
    }

    @Test
    void thePatternPageListsTheAdviceKeyedToItWithWhyAndItsEvidence() {
        openAs("anna.berg", "catalog/pattern/jaw-asymmetry");

        var section = _find(com.vaadin.flow.component.html.Section.class).stream()
                .filter(sec -> sec.getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.html.H2 h
                        && h.getText().startsWith("Everyday advice"))).findFirst().orElseThrow();
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Chew on both sides, skip the gum", "Jaw relaxed, teeth apart",
                "Why here: Always chewing on one side", "Durham J")
                .doesNotContain("Screen at eye level");
    }

    @Test
    void patientsCannotBrowseTheCatalog() {
        signIn.as("maria.lopez");
        assertRefused("catalog");
    }

    private static List<String> cardNames() {
        return _find(ExerciseCardView.class).stream()
                .map(card -> _get(card, Anchor.class).getText()).toList();
    }

    private static String resultCount() {
        return _get(Paragraph.class, s -> s.withClasses("result-count")).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, s -> s.withLabel(label));
    }
}
