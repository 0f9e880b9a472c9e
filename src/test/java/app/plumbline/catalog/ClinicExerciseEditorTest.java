package app.plumbline.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.ui.ErrorText;
import app.plumbline.catalog.importer.CatalogFixture;
import app.plumbline.catalog.ui.ClinicExerciseEditor;
import app.plumbline.catalog.ui.ExerciseView;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.RawUpload;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClinicExerciseEditorTest extends KaribuTest {

    @Autowired
    ExerciseRepository repository;
    @Autowired
    ClinicExerciseService clinicExercises;

    @Test
    void emptyFormShowsMessagesAtTheFieldsAndSavesNothing() {
        openAs("anna.berg", "catalog/clinic/edit");
        long before = repository.count();
        _click(_get(Button.class, s -> s.withText("Save exercise")));

        assertThat(_get(TextField.class, s -> s.withLabel("Name")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, s -> s.withLabel("Steps")).getErrorMessage()).contains("one per line");
        assertThat(_find(ErrorText.class).stream().filter(ErrorText::isInvalid).map(ErrorText::getText))
                .contains("Name 1 to 6 muscles the exercise works.", "Upload a picture (SVG or PNG, up to 1 MB).");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void unsafePictureIsRefusedAtTheUpload() {
        openAs("anna.berg", "catalog/clinic/edit");
        UploadKt._upload(_get(Upload.class), "evil.svg", "image/svg+xml",
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1' onload='alert(1)'/>".getBytes());
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(ErrorText.class).stream().filter(ErrorText::isInvalid).map(ErrorText::getText))
                .anySatisfy(t -> assertThat(t).contains("event attribute 'onload' is not allowed"));
    }

    @Test
    void anOversizedPictureIsRefusedAtTheUploadWithoutReadingMoreThanTheLimit() throws IOException {
        openAs("anna.berg", "catalog/clinic/edit");
        RawUpload.post(_get(Upload.class), "huge.png", -1, RawUpload.endless(IllustrationCheck.MAX_BYTES + 1));
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(ErrorText.class).stream().filter(ErrorText::isInvalid).map(ErrorText::getText))
                .contains("This picture cannot be used: the file is larger than 1 MB.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void therapistCreatesAnExerciseAndLandsOnItsPage() {
        openAs("tom.ruiz", "catalog/clinic/edit");
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), "Wall lean");
        _setValue(_get(TextArea.class, s -> s.withLabel("Summary")), "Lean on a wall to open the chest.");
        _setValue(_get(ComboBox.class, s -> s.withLabel("Kind")), Action.STRETCH);
        _setValue(_get(ComboBox.class, s -> s.withLabel("Region")), Region.SHOULDER);
        _setValue(_get(ComboBox.class, s -> s.withLabel("Level")), 1);
        ComboBox<MuscleDefinition> muscle = _get(ComboBox.class, s -> s.withPredicate(c -> c.getAriaLabel().orElse("").equals("Muscle 1")));
        _setValue(muscle, muscle.getListDataView().getItems()
                .filter(m -> m.slug().equals("pectoralis-major")).findFirst().orElseThrow());
        _setValue(_get(Select.class, s -> s.withPredicate(c -> c.getAriaLabel().orElse("").equals("Action on muscle 1"))), Action.STRETCH);
        _setValue(_get(TextArea.class, s -> s.withLabel("Steps")), "Stand by a wall.\nLean in.\n\nBreathe.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Evidence")), "  No trial has tested this lean on its own. ");
        UploadKt._upload(_get(Upload.class), "wall.svg", "image/svg+xml",
                CatalogFixture.SVG.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, s -> s.withText("Save exercise")));

        _get(ExerciseView.class);
        ExerciseCard saved = clinicExercises.clinicExercises().stream().filter(e -> e.name().equals("Wall lean"))
                .findFirst().orElseThrow();
        assertThat(clinicExercises.edit(saved.slug()).definition().steps())
                .containsExactly("Stand by a wall.", "Lean in.", "Breathe.");
        assertThat(saved.clinicId()).isNotNull();
        assertThat(clinicExercises.edit(saved.slug()).definition().evidence())
                .isEqualTo("No trial has tested this lean on its own.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Evidence: No trial has tested this lean on its own.");
    }

    @Test
    void everyProblemIsShownAtItsFieldAtOnce() {
        openAs("anna.berg", "catalog/clinic/edit");
        long before = repository.count();
        _setValue(_get(TextArea.class, s -> s.withLabel("Steps")), ("x".repeat(601) + "\n").repeat(13));
        _setValue(_get(IntegerField.class, s -> s.withLabel("Sets")), 0);
        _setValue(_get(TextArea.class, s -> s.withLabel("Evidence")), "y".repeat(ClinicExerciseInput.MAX_EVIDENCE + 1));
        _click(_get(Button.class, s -> s.withText("Save exercise")));

        assertThat(_get(TextField.class, s -> s.withLabel("Name")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, s -> s.withLabel("Summary")).isInvalid()).isTrue();
        assertThat(_get(ComboBox.class, s -> s.withLabel("Kind")).isInvalid()).isTrue();
        assertThat(_get(ComboBox.class, s -> s.withLabel("Level")).isInvalid()).isTrue();
        assertThat(_get(IntegerField.class, s -> s.withLabel("Sets")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, s -> s.withLabel("Steps")).getErrorMessage())
                .isEqualTo("Write 1 to 12 lines, one per line. Keep each line under 600 characters.");
        assertThat(_get(TextArea.class, s -> s.withLabel("Evidence")).getErrorMessage())
                .contains("under " + ClinicExerciseInput.MAX_EVIDENCE + " characters");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorReusedForAnotherRouteShowsThatRoutesExerciseOrAnEmptyForm() {
        signIn.as("anna.berg");
        ExerciseCard first = clinicExercises.create(new ClinicExerciseInput("Reuse first", "The first one.",
                Action.STRETCH, Region.NECK, 1, null, java.util.List.of(new MuscleTarget("upper-trapezius",
                        Action.STRETCH)), java.util.List.of("Do it."), null, null, null,
                new Dosage(1, 5, null, null, Side.NONE, 1, 7, null), null, "chin-tuck", null, "First evidence.",
                new Illustration(Illustration.SVG, CatalogFixture.SVG.getBytes(StandardCharsets.UTF_8))));
        ExerciseCard second = clinicExercises.create(new ClinicExerciseInput("Reuse second", "The second one.",
                Action.ACTIVATE, Region.NECK, 2, null, java.util.List.of(new MuscleTarget("deep-neck-flexors",
                        Action.ACTIVATE)), java.util.List.of("Do that."), null, null, null,
                new Dosage(1, 5, null, null, Side.NONE, 1, 7, null), null, null, null, null,
                new Illustration(Illustration.SVG, CatalogFixture.SVG.getBytes(StandardCharsets.UTF_8))));
        UI.getCurrent().navigate("catalog/clinic/edit/" + first.slug());
        ClinicExerciseEditor editor = _get(ClinicExerciseEditor.class);
        assertThat(_get(TextArea.class, s -> s.withLabel("Evidence")).getValue()).isEqualTo("First evidence.");
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), "");
        _click(_get(Button.class, s -> s.withText("Save exercise")));
        assertThat(_get(TextField.class, s -> s.withLabel("Name")).isInvalid()).isTrue();

        UI.getCurrent().navigate("catalog/clinic/edit/" + second.slug());
        assertThat(_get(ClinicExerciseEditor.class)).as("Vaadin reuses the view").isSameAs(editor);
        assertThat(_get(TextField.class, s -> s.withLabel("Name")).getValue()).isEqualTo("Reuse second");
        assertThat(_get(TextField.class, s -> s.withLabel("Name")).isInvalid()).isFalse();
        assertThat(_get(TextArea.class, s -> s.withLabel("Evidence")).getValue()).isEmpty();
        assertThat(_get(ComboBox.class, s -> s.withLabel("Easier version (regression)")).getValue()).isNull();

        UI.getCurrent().navigate("catalog/clinic/edit");
        assertThat(_get(ClinicExerciseEditor.class)).isSameAs(editor);
        assertThat(_get(H1.class).getText()).isEqualTo("New clinic exercise");
        assertThat(_get(TextField.class, s -> s.withLabel("Name")).getValue()).isEmpty();
        assertThat(_get(TextArea.class, s -> s.withLabel("Steps")).getValue()).isEmpty();
        assertThat(_get(ComboBox.class, s -> s.withLabel("Kind")).getValue()).isNull();
        _click(_get(Button.class, s -> s.withText("Save exercise")));
        assertThat(_find(ErrorText.class).stream().filter(ErrorText::isInvalid).map(ErrorText::getText))
                .as("the picture of the edited exercise is not carried over").contains("Upload a picture (SVG or PNG, up to 1 MB).");
    }
}
