package app.plumbline.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Band;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Side;
import app.plumbline.catalog.Tempo;
import app.plumbline.clinic.PaperSize;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The printed sheet says how hard and how fast, and that alternating reps are per side. */
@ServiceTest
@Import(SheetFixture.class)
class SheetIntensityTempoTest {

    @Autowired
    SheetService sheets;
    @Autowired
    SheetFixture fixture;
    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDosageLineSaysIntensityTempoAndPerSide() {
        signIn.as("anna.berg");
        List<ExerciseCard> two = fixture.exercises(2);
        Long id = patients.create(new PatientDetailsInput("Tess", "Tempo", null, null, "en", null)).patientId();
        var effortAndTempo = new Dosage(3, 8, null, 45, Side.ALTERNATING, 1, 5, null, Intensity.rpe(6),
                new Tempo(2, 1, 3));
        var band = new Dosage(2, 12, null, 30, Side.BOTH, 1, 3, null, Intensity.band(Band.RED), null);
        programs.publish(signIn.ref(id), programs.draft(signIn.ref(id)).version(), new ProgramContent("Stronger",
                TestClock.today().plusWeeks(6), List.of(
                        new Prescription(two.get(0).id(), effortAndTempo, null, null, null, null),
                        new Prescription(two.get(1).id(), band, null, null, null, null))), "First program");

        String text = SheetFixture.text(sheets.sheet(signIn.ref(id), new SheetOptions(PaperSize.A4, false)).bytes());

        assertThat(text).contains("3 sets of 8, each side, alternating sides, rest 45 seconds between sets; "
                + "effort about 6 out of 10; lift over 2 seconds, pause 1 second, lower over 3 seconds");
        assertThat(text).contains("2 sets of 12, each side, rest 30 seconds between sets; red band");
    }
}
