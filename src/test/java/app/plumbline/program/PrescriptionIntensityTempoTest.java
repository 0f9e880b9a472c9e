package app.plumbline.program;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Tempo;
import app.plumbline.catalog.ui.IntensityField;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The builder's dose fields set an intensity and a tempo, which are saved and said in words. */
class PrescriptionIntensityTempoTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;

    Long patientId;

    @BeforeEach
    void builderWithChinTuck() {
        signIn.as("anna.berg");
        patientId = patients.create(new PatientDetailsInput("Ina", "Tempo", null, null, "en", null)).patientId();
        openAs("anna.berg", "patients/" + patientId + "/program");
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "chin tuck");
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Add Chin tuck to the program")));
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Edit dose of Chin tuck")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWeightAndATempoAreSavedAndShownInWords() {
        _setValue(_get(Select.class, s -> s.withLabel("Measured by")), Intensity.Kind.KG);
        _setValue(_get(BigDecimalField.class, s -> s.withLabel("Weight in kg")), new BigDecimal("2.5"));
        _setValue(_get(IntegerField.class, s -> s.withLabel("Lift (s)")), 2);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Pause (s)")), 1);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Lower (s)")), 3);
        assertThat(_get(Paragraph.class, s -> s.withClasses("rx-summary")).getText())
                .contains("; 2.5 kg; lift over 2 seconds, pause 1 second, lower over 3 seconds — ");

        _click(_get(Button.class, s -> s.withText("Save draft")));

        Dosage saved = programs.draft(signIn.ref(patientId)).lines().getFirst().prescription().dosage();
        assertThat(saved.intensity()).isEqualTo(Intensity.kg(new BigDecimal("2.5")));
        assertThat(saved.tempo()).isEqualTo(new Tempo(2, 1, 3));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEffortAbove10IsShownAtTheIntensityFieldAndNothingIsSaved() {
        _setValue(_get(Select.class, s -> s.withLabel("Measured by")), Intensity.Kind.RPE);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Effort, 0 to 10")), 11);
        _setValue(_get(IntegerField.class, s -> s.withLabel("Lower (s)")), 3);

        _click(_get(Button.class, s -> s.withText("Save draft")));

        IntensityField intensity = _get(IntensityField.class);
        assertThat(intensity.isInvalid()).isTrue();
        assertThat(intensity.getErrorMessage()).isEqualTo("Give the effort as a whole number from 0 to 10.");
        assertThat(programs.draft(signIn.ref(patientId)).lines()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBandColourIsSaved() {
        _setValue(_get(Select.class, s -> s.withLabel("Measured by")), Intensity.Kind.BAND);
        _setValue(_get(Select.class, s -> s.withLabel("Band colour")), app.plumbline.catalog.Band.GREEN);

        _click(_get(Button.class, s -> s.withText("Save draft")));

        assertThat(programs.draft(signIn.ref(patientId)).lines().getFirst().prescription().dosage().intensity())
                .isEqualTo(Intensity.band(app.plumbline.catalog.Band.GREEN));
    }
}
