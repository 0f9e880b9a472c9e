package app.plumbline.sessionlog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyProgramViewTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;

    /** A new patient of Tom's with one exercise and the given advice; returns their username. */
    private String patientWith(String givenName, List<String> advice) {
        signIn.as("tom.ruiz");
        var created = patients.create(new PatientDetailsInput(givenName, "Portal", null, null, "en", null));
        var stretch = catalog.prescribable().stream().filter(e -> e.slug().equals("doorway-pec-stretch"))
                .findFirst().orElseThrow();
        var ref = signIn.ref(created.patientId());
        programs.publish(ref, programs.draft(ref).version(), new ProgramContent(null, null,
                List.of(new Prescription(stretch.id(), stretch.dosage(), null, null, null, null)), advice), "Start");
        signIn.out();
        return created.activation().username();
    }

    @Test
    void theChosenAdviceIsShownUnderTheExercisesInItsOrder() {
        openAs(patientWith("Ada", List.of("sleeping-position-and-pillow", "screen-at-eye-level")), "my-program");

        var section = _get(Div.class, s -> s.withClasses("my-advice"));
        assertThat(_get(section, H2.class).getText()).isEqualTo("Everyday advice");
        assertThat(_find(section, H3.class)).extracting(H3::getText)
                .containsExactly("Sleeping position and pillow", "Screen at eye level");
        assertThat(_find(section, Paragraph.class).get(1).getText()).startsWith("Set your screen about an arm's length");
        var headings = _find(H2.class).stream().map(H2::getText).toList();
        assertThat(headings.indexOf("Everyday advice")).isGreaterThan(headings.indexOf("Doorway chest stretch"))
                .isLessThan(headings.indexOf("On paper"));
    }

    @Test
    void aProgramWithoutAdviceHasNoAdviceSection() {
        openAs(patientWith("Bo", List.of()), "my-program");

        assertThat(_find(Div.class, s -> s.withClasses("my-advice"))).isEmpty();
    }
}
