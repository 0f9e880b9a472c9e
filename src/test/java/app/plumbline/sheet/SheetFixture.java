package app.plumbline.sheet;

import app.plumbline.testing.TestClock;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Patients with programs of a given size for sheet tests (signed in as anna.berg), and reading
 * PDFs back. Every test PDF is also written to target/sheets/ for a person to look at.
 */
@Component
public class SheetFixture {

    private final PatientService patients;
    private final ProgramService programs;
    private final CatalogService catalog;

    private final app.plumbline.testing.DemoPatients demo;

    private final app.plumbline.testing.SignIn signIn;

    SheetFixture(PatientService patients, ProgramService programs, CatalogService catalog,
            app.plumbline.testing.DemoPatients demo, app.plumbline.testing.SignIn signIn) {
        this.signIn = signIn;
        this.demo = demo;
        this.patients = patients;
        this.programs = programs;
        this.catalog = catalog;
    }

    /** The first n catalog exercises by slug; every third on fixed weekdays, every fourth with a note. */
    public List<ExerciseCard> exercises(int n) {
        return catalog.prescribable().stream().filter(e -> !e.isClinicExercise())
                .sorted(Comparator.comparing(ExerciseCard::slug)).limit(n).toList();
    }

    public Long patientWithProgram(String givenName, String familyName, int exerciseCount) {
        return patientWithProgram(givenName, familyName, exerciseCount, null);
    }

    /** startDate: when every prescription starts (null: from publishing, today). */
    public Long patientWithProgram(String givenName, String familyName, int exerciseCount, LocalDate startDate) {
        return patientWithProgram(givenName, familyName, exerciseCount, startDate, List.of());
    }

    /** advice: the advice item slugs the program hands out, in order. */
    public Long patientWithProgram(String givenName, String familyName, int exerciseCount, LocalDate startDate,
            List<String> advice) {
        Long id = patients.create(new PatientDetailsInput(givenName, familyName, null, null, "en", null)).patientId();
        List<Prescription> rx = new ArrayList<>();
        int i = 0;
        for (ExerciseCard e : exercises(exerciseCount)) {
            Dosage d = e.dosage();
            boolean fixed = i % 3 == 2;
            rx.add(new Prescription(e.id(), new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(), d.side(),
                    i % 2 == 0 ? 1 : 2, 5, d.note()),
                    fixed ? Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY) : Set.of(), startDate, null,
                    i % 4 == 1 ? "Go slowly and keep breathing; stop before it hurts." : null));
            i++;
        }
        var draft = programs.draft(signIn.ref(id));
        programs.publish(signIn.ref(id), draft.version(), new ProgramContent("Sit and stand taller, with less neck pain at work",
                TestClock.today().plusWeeks(6), rx, advice), "First program");
        return id;
    }

    /** The dosage in plain words as the patient's active program prescribes the exercise. */
    public String dosageLine(Long patientId, Long exerciseId) {
        return programs.active(signIn.ref(patientId)).orElseThrow().items().stream()
                .filter(i -> i.prescription().exerciseId().equals(exerciseId)).findFirst().orElseThrow()
                .prescription().dosage().inPlainWords();
    }

    public Long demoPatient(String therapist, String name) {
        return demo.id(therapist, name);
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            var stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void keep(String name, byte[] pdf) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "sheets"));
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
