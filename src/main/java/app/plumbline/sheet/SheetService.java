package app.plumbline.sheet;

import app.plumbline.security.CurrentUser;
import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Illustration;
import app.plumbline.clinic.ClinicProfile;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.outcome.OutcomeFigures;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;

/**
 * The printed home-exercise sheet of a patient's active program version, for the patient's
 * therapist (and colleagues of the clinic) or the patient themself; batch printing for therapists.
 */
@Service
public class SheetService {

    private final PatientAccess access;
    private final ProgramService programs;
    private final CatalogService catalog;
    private final ClinicSettingsService clinic;
    private final SheetTemplate template;
    private final PdfRenderer renderer;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final OutcomeFigures outcomes;

    SheetService(PatientAccess access, ProgramService programs, CatalogService catalog, ClinicSettingsService clinic,
            SheetTemplate template, PdfRenderer renderer, PatientService patients, CurrentUser currentUser,
            OutcomeFigures outcomes) {
        this.access = access;
        this.outcomes = outcomes;
        this.patients = patients;
        this.programs = programs;
        this.catalog = catalog;
        this.clinic = clinic;
        this.template = template;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    /** The sheet of the patient's active program, as a PDF. */
    public SheetFile sheet(PatientRef patientRef, SheetOptions options) {
        PatientRef patient = access.reader(patientRef);
        ActiveProgram program = programs.active(patient).orElseThrow(() -> new InvalidInputException("program",
                patient.fullName() + " has no published program yet, so there is no sheet to print."));
        byte[] pdf = renderer.render(template.html(content(patient, program, options, clinic.profile())));
        return new SheetFile(fileName(patient, options), pdf);
    }

    /** A patient whose active program is due for review this week (Monday to Sunday). */
    public record ReviewDue(Long patientId, String name, LocalDate reviewDate) {
    }

    /** The clinic's active patients whose program is due for review this week, earliest first. */
    public List<ReviewDue> reviewsThisWeek() {
        LocalDate monday = currentUser.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ReviewDue> due = new ArrayList<>();
        Map<Long, PatientSummary> clinicPatients = patients.clinicPatients().stream()
                .collect(Collectors.toMap(PatientSummary::id, Function.identity()));
        programs.reviewsDue(monday, monday.plusDays(6)).forEach((patientId, reviewDate) -> {
            PatientSummary patient = clinicPatients.get(patientId);
            if (patient != null && patient.active()) {
                due.add(new ReviewDue(patient.id(), patient.fullName(), reviewDate));
            }
        });
        return due;
    }

    /**
     * One PDF with the sheets of the given patients of the therapist's clinic, in order; those
     * without a published program are left out. progress hears the count done after each sheet.
     */
    public SheetFile batch(List<Long> patientIds, SheetOptions options, IntConsumer progress) {
        List<PatientRef> batch = patientIds.stream()
                .map(id -> access.forTherapist(id, "Printed the home-exercise sheet (several patients)")).toList();
        ClinicProfile profile = clinic.profile();
        List<byte[]> pdfs = new ArrayList<>();
        int done = 0;
        for (PatientRef patient : batch) {
            var program = programs.active(patient);
            if (program.isPresent()) {
                pdfs.add(renderer.render(template.html(content(patient, program.get(), options, profile))));
            }
            progress.accept(++done);
        }
        if (pdfs.isEmpty()) {
            throw new InvalidInputException("patients", "None of these patients has a published program.");
        }
        return new SheetFile("home-exercise-sheets-" + currentUser.today() + "-" + options.fileNameSuffix() + ".pdf",
                renderer.merge(pdfs));
    }

    /** The filled record without rendering, for the benchmark's render-only figure. */
    SheetContent contentForBenchmark(Long patientId, SheetOptions options) {
        PatientRef patient = access.forReader(patientId, "Benchmark of the sheet");
        return content(patient, programs.active(patient).orElseThrow(), options, clinic.profile());
    }

    private SheetContent content(PatientRef patient, ActiveProgram program, SheetOptions options,
            ClinicProfile profile) {
        LocalDate today = currentUser.today();
        LocalDate published = programs.history(patient).stream().filter(v -> v.number() == program.number())
                .map(ProgramService.PublishedVersion::publishedOn).findFirst().orElse(today);
        LocalDate start = startDate(program, published);
        List<SheetContent.Item> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < program.items().size(); i++) {
            ActiveProgram.Item item = program.items().get(i);
            String name = item.exercise() == null ? "Exercise " + (i + 1) : item.exercise().name();
            names.add(name);
            Illustration picture = item.exercise() == null ? null
                    : catalog.illustration(item.exercise().id()).orElse(null);
            var instructions = item.instructions();
            items.add(new SheetContent.Item(i + 1, name, item.prescription().dosage().inPlainWords(),
                    capitalised(item.prescription().scheduleInWords()),
                    instructions == null ? List.of() : instructions.steps(),
                    instructions == null ? List.of() : instructions.cautions(),
                    item.prescription().therapistNote(), picture));
        }
        var grid = TrackingGrid.of(program.items().stream().map(ActiveProgram.Item::prescription).toList(), names,
                today, TrackingGrid.WEEKS);
        return new SheetContent(options, new SheetContent.ClinicPart(profile.name(), profile.contactLine(),
                profile.portalAddress(), profile.logo()), patient.fullName(), program.therapistName(), program.goal(),
                start, program.reviewDate(), program.number(), today, items, grid,
                program.advice().stream().map(a -> new SheetContent.Advice(a.title(), a.text())).toList(),
                options.questionnaires() ? outcomes.forSheet(patient).pages() : List.of());
    }

    /**
     * When the program starts: its earliest exercise start; an exercise without a start date
     * starts when the version was published.
     */
    static LocalDate startDate(ActiveProgram program, LocalDate published) {
        return program.items().stream().map(i -> i.prescription().startDate() == null ? published
                : i.prescription().startDate()).min(LocalDate::compareTo).orElse(published);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "home-exercises-maria-lopez-A4-large-print.pdf": letters and digits only, accents dropped. */
    static String fileName(PatientRef patient, SheetOptions options) {
        String slug = Normalizer.normalize(patient.fullName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "home-exercises" + (slug.isEmpty() ? "" : "-" + slug) + "-" + options.fileNameSuffix() + ".pdf";
    }
}
