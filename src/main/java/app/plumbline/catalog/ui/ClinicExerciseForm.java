package app.plumbline.catalog.ui;

import app.plumbline.base.ui.ErrorText;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.PictureUpload;
import app.plumbline.catalog.Action;
import app.plumbline.catalog.ClinicExerciseInput;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Equipment;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.ExerciseDefinition;
import app.plumbline.catalog.Illustration;
import app.plumbline.catalog.IllustrationCheck;
import app.plumbline.catalog.MuscleDefinition;
import app.plumbline.catalog.Region;
import app.plumbline.catalog.Side;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** All fields of a clinic exercise, the same as a catalog file. Knows nothing about saving. */
class ClinicExerciseForm extends Div {

    private final TextField name = new TextField("Name");
    private final TextArea summary = new TextArea("Summary");
    private final ComboBox<Action> kind = new ComboBox<>("Kind");
    private final ComboBox<Region> region = new ComboBox<>("Region");
    private final ComboBox<Integer> level = new ComboBox<>("Level");
    private final MultiSelectComboBox<Equipment> equipment = new MultiSelectComboBox<>("Equipment");
    private final TargetsField targets;
    private final TextArea steps = lines("Steps", "One step per line, in order");
    private final TextArea cues = lines("Cues", "One cue per line");
    private final TextArea cautions = lines("Cautions", "When to stop and call; one per line");
    private final TextArea contraindications = lines("Not suitable when", "One per line");
    private final DosageFields dosage = new DosageFields();
    private final ComboBox<ExerciseCard> progression = new ComboBox<>("Harder version (progression)");
    private final ComboBox<ExerciseCard> regression = new ComboBox<>("Easier version (regression)");
    private final TextArea references = lines("References", "One per line");
    private final TextArea evidence = new TextArea("Evidence");
    private final Span pictureStatus = new Span("No picture uploaded yet.");
    private final ErrorText pictureError = new ErrorText();
    private Illustration picture;

    final FieldErrors errors;

    private static final Dosage NEW_DOSAGE = new Dosage(2, 10, null, 30, Side.NONE, 1, 7, null);

    ClinicExerciseForm(List<MuscleDefinition> muscles, List<ExerciseCard> linkable) {
        addClassName("clinic-exercise-form");
        targets = new TargetsField(muscles);
        name.setRequired(true);
        name.setMaxLength(200);
        summary.setRequired(true);
        summary.setMaxLength(1000);
        evidence.setHelperText("Reference to evidence for this exercise, or a plain statement that there is none");
        evidence.setMaxLength(ClinicExerciseInput.MAX_EVIDENCE);
        evidence.setMinRows(2);
        kind.setItems(Action.values());
        kind.setItemLabelGenerator(Action::label);
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::label);
        level.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        level.setItemLabelGenerator(l -> "Level " + l);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        for (ComboBox<ExerciseCard> link : List.of(progression, regression)) {
            link.setItems(linkable);
            link.setItemLabelGenerator(ExerciseCard::name);
            link.setClearButtonVisible(true);
        }
        dosage.setValue(NEW_DOSAGE);
        targets.setValue(List.of());

        var about = new FormLayout(name, kind, region, level, equipment);
        about.add(summary, 2);
        about.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var text = new FormLayout(steps, cues, cautions, contraindications, references, evidence);
        text.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var links = new FormLayout(regression, progression);
        links.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(about, targets, new H2("Instructions"), text, new H2("Default dosage"), dosage,
                new H2("Easier and harder"), links, new H2("Picture"), upload(), pictureStatus, pictureError);

        errors = dosage.register(new FieldErrors())
                .field("name", name).field("summary", summary).field("kind", kind).field("region", region)
                .field("level", level).field("targets", targets).field("steps", steps).field("cues", cues)
                .field("cautions", cautions).field("contraindications", contraindications)
                .field("references", references).field("evidence", evidence).field("progression", progression)
                .field("regression", regression).field("illustration", pictureError);
    }

    ClinicExerciseInput value() {
        return new ClinicExerciseInput(name.getValue(), summary.getValue(), kind.getValue(), region.getValue(),
                level.getValue(), List.copyOf(equipment.getValue()), targets.getValue(), split(steps),
                split(cues), split(cautions), split(contraindications), dosage.getValue(),
                progression.getValue() == null ? null : progression.getValue().slug(),
                regression.getValue() == null ? null : regression.getValue().slug(), split(references), evidence.getValue(),
                picture);
    }

    /** An empty form for a new exercise, as a fresh one would be (the editor is reused between routes). */
    void clear() {
        errors.clear();
        for (var field : List.of(name, summary, steps, cues, cautions, contraindications, references, evidence)) {
            field.clear();
        }
        kind.clear();
        region.clear();
        level.clear();
        equipment.clear();
        targets.setValue(List.of());
        dosage.setValue(NEW_DOSAGE);
        progression.clear();
        regression.clear();
        picture = null;
        pictureStatus.setText("No picture uploaded yet.");
    }

    void setValue(ExerciseDefinition e) {
        errors.clear();
        picture = null;
        name.setValue(e.name());
        summary.setValue(e.summary());
        kind.setValue(e.kind());
        region.setValue(e.region());
        level.setValue(e.level());
        equipment.setValue(e.equipment());
        targets.setValue(e.targets());
        steps.setValue(String.join("\n", e.steps()));
        cues.setValue(String.join("\n", e.cues()));
        cautions.setValue(String.join("\n", e.cautions()));
        contraindications.setValue(String.join("\n", e.contraindications()));
        references.setValue(String.join("\n", e.references()));
        evidence.setValue(e.evidence() == null ? "" : e.evidence());
        dosage.setValue(e.dosage());
        select(progression, e.progression());
        select(regression, e.regression());
        pictureStatus.setText("The current picture is kept unless you upload a new one.");
    }

    private PictureUpload upload() {
        return new PictureUpload("picture", IllustrationCheck.MAX_BYTES, this::takePicture, this::showPictureProblem);
    }

    void takePicture(String fileName, byte[] bytes) {
        String type = fileName.toLowerCase(Locale.ROOT).endsWith(".png") ? Illustration.PNG : Illustration.SVG;
        var candidate = new Illustration(type, bytes);
        IllustrationCheck.problem(candidate).ifPresentOrElse(
                p -> showPictureProblem("This picture cannot be used: " + p + "."),
                () -> {
                    picture = candidate;
                    pictureError.setInvalid(false);
                    pictureStatus.setText("New picture ready: " + fileName + " (" + bytes.length / 1024 + " KB).");
                });
    }

    private void showPictureProblem(String message) {
        picture = null;
        pictureError.setErrorMessage(message);
        pictureError.setInvalid(true);
    }

    private static void select(ComboBox<ExerciseCard> box, String slug) {
        box.setValue(box.getListDataView().getItems().filter(c -> c.slug().equals(slug)).findFirst().orElse(null));
    }

    private static TextArea lines(String label, String helper) {
        var area = new TextArea(label);
        area.setHelperText(helper);
        area.setMinRows(2);
        return area;
    }

    private static List<String> split(TextArea area) {
        return Arrays.stream(area.getValue().split("\\R")).toList();
    }
}
