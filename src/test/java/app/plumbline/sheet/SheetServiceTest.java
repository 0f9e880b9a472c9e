package app.plumbline.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.clinic.ClinicSettingsInput;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.clinic.PaperSize;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The printed sheet read back: its text, its pages, its QR code, and who may print it. */
@ServiceTest
@Import(SheetFixture.class)
class SheetServiceTest {

    private static final SheetOptions A4 = new SheetOptions(PaperSize.A4, false);

    @Autowired
    SheetService sheets;
    @Autowired
    app.plumbline.patient.PatientAccess access;
    @Autowired
    SheetFixture fixture;
    @Autowired
    ClinicSettingsService clinic;
    @Autowired
    PatientService patients;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void controlCharactersKeptFromBeforeStillPrint() {
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Bell", "Ringer", 1);
        // Forms drop control characters now; a name stored before still prints, without them.
        jdbc.update("update patient set given_name = ? where id = ?", "Bell\u0007\u001b[31m", id);

        assertThat(SheetFixture.text(sheets.sheet(signIn.ref(id), A4).bytes())).contains("Bell[31m Ringer");
    }

    @Test
    void theTextHasThePatientEveryExerciseAndEveryDosageLine() {
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Zoë", "Müller-Łukasz", 8);
        byte[] pdf = sheets.sheet(signIn.ref(id), A4).bytes();
        SheetFixture.keep("sheet-8-A4", pdf);

        String text = SheetFixture.text(pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text).contains("Zoë Müller-Łukasz", "Anna Berg", "Lindenhof Physiotherapy (demo)",
                "Sit and stand taller, with less neck pain at work", "Tracking grid", "Pain 0–10", "Stop and call us",
                "Go slowly and keep breathing");
        for (ExerciseCard e : fixture.exercises(8)) {
            assertThat(text).contains(e.name());
            assertThat(text).contains(fixture.dosageLine(id, e.id()));
        }
    }

    @Test
    void everydayAdviceIsPrintedAfterTheExercisesAndBeforeTheGridInATaggedPdf() throws Exception {
        signIn.as("anna.berg");
        Long without = fixture.patientWithProgram("Ada", "Plain", 4);
        Long with = fixture.patientWithProgram("Ada", "Advised", 4, null,
                List.of("screen-at-eye-level", "hourly-movement-breaks", "jaw-at-rest"));
        byte[] pdf = sheets.sheet(signIn.ref(with), A4).bytes();
        SheetFixture.keep("sheet-4-advice-A4", pdf);

        List<String> pages = SheetFixture.pageTexts(pdf);
        String all = String.join(" ", pages);
        assertThat(all).contains("Everyday advice", "Screen at eye level", "Move at least once an hour",
                "Jaw relaxed, teeth apart", "an arm's length away");
        assertThat(all.indexOf("Everyday advice")).isGreaterThan(all.indexOf("4. " + fixture.exercises(4).get(3).name()))
                .isLessThan(all.indexOf("Tracking grid"));
        assertThat(pages).hasSizeLessThanOrEqualTo(
                SheetFixture.pageTexts(sheets.sheet(signIn.ref(without), A4).bytes()).size() + 1);
        assertThat(SheetFixture.text(sheets.sheet(signIn.ref(without), A4).bytes())).doesNotContain("Everyday advice");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void pageCountsFollowTheProgramAndEveryPageIsNumbered() {
        signIn.as("anna.berg");
        // Instructions (whole exercises, never split across pages), then the 4-week grid. The exercises are
        // the catalog's first by slug, so a catalog change can move these counts.
        assertPages(fixture.patientWithProgram("One", "Exercise", 1), 1, 2);
        assertPages(fixture.patientWithProgram("Eight", "Exercises", 8), 8, 5);
        assertPages(fixture.patientWithProgram("Twenty", "Exercises", 20), 20, 12);
    }

    private void assertPages(Long patientId, int exercises, int expectedPages) {
        byte[] pdf = sheets.sheet(signIn.ref(patientId), A4).bytes();
        SheetFixture.keep("sheet-" + exercises + "-A4", pdf);
        List<String> pages = SheetFixture.pageTexts(pdf);
        assertThat(pages).hasSize(expectedPages);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("Page " + (p + 1) + " of " + expectedPages);
        }
        int gridStart = indexOf(pages, "Tracking grid");
        assertThat(pages.subList(gridStart, pages.size())).allSatisfy(page -> assertThat(page).contains("Pain 0–10"));
        List<ExerciseCard> program = fixture.exercises(exercises);
        for (int i = 0; i < program.size(); i++) {
            String heading = (i + 1) + ". " + program.get(i).name();
            int page = indexOf(pages, heading);
            assertThat(page).as(heading).isLessThanOrEqualTo(gridStart);
            assertThat(pages.get(page)).as("whole exercise on one page: " + heading)
                    .contains(fixture.dosageLine(patientId, program.get(i).id()));
        }
        assertThat(pages.stream().filter(p -> p.contains("Week ")).count()).isGreaterThan(0);
        assertThat(String.join(" ", pages)).contains("Week 1", "Week 2", "Week 3", "Week 4");
    }

    @Test
    void theQrCodeTakesThePatientToThePortalAndNothingMore() throws Exception {
        signIn.as("admin");
        var profile = clinic.profile();
        clinic.save(new ClinicSettingsInput(profile.name(), "Phone 030 555 0100 · hello@lindenhof.example",
                "https://portal.lindenhof.example/", profile.paperSize(), null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version());
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Quinn", "Reader", 2);

        byte[] pdf = sheets.sheet(signIn.ref(id), A4).bytes();
        SheetFixture.keep("sheet-qr", pdf);
        assertThat(SheetFixture.text(pdf)).contains("https://portal.lindenhof.example/",
                "Phone 030 555 0100 · hello@lindenhof.example");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("https://portal.lindenhof.example/");
        }
    }

    @Test
    void usLetterAndLargePrint() throws Exception {
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Lara", "Large", 8);
        byte[] letter = sheets.sheet(signIn.ref(id), new SheetOptions(PaperSize.LETTER, false)).bytes();
        byte[] large = sheets.sheet(signIn.ref(id), new SheetOptions(PaperSize.A4, true)).bytes();
        SheetFixture.keep("sheet-8-LETTER", letter);
        SheetFixture.keep("sheet-8-A4-large", large);
        try (PDDocument doc = Loader.loadPDF(letter)) {
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(Math.round(size.getWidth())).isEqualTo(612);
            assertThat(Math.round(size.getHeight())).isEqualTo(792);
        }
        try (PDDocument doc = Loader.loadPDF(large)) {
            assertThat(Math.round(doc.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
        }
        assertThat(SheetFixture.pageTexts(large).size()).isGreaterThan(SheetFixture.pageTexts(
                sheets.sheet(signIn.ref(id), A4).bytes()).size());
        assertThat(SheetFixture.text(large)).contains("Lara Large", fixture.exercises(8).getLast().name());
    }

    @Test
    void onlyTheClinicAndThePatientThemselfGetTheSheet() {
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Pia", "Private", 1);
        Long noProgram = patients.create(new PatientDetailsInput("Nora", "None", null, null, "en", null)).patientId();
        assertThatThrownBy(() -> sheets.sheet(signIn.ref(noProgram), A4)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no published program");

        signIn.as("tom.ruiz");
        assertThat(sheets.sheet(signIn.ref(id), A4).bytes()).isNotEmpty();
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> sheets.sheet(signIn.ref(id), A4)).isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> sheets.sheet(signIn.ref(id), A4)).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        assertThatThrownBy(() -> sheets.sheet(signIn.ref(id), A4)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSheetThatCannotBeMadeIsExplainedInPlainUtf8Text() {
        signIn.as("anna.berg");
        Long noProgram = patients.create(new PatientDetailsInput("Nóra", "None", null, null, "en", null)).patientId();

        var answer = new SheetController(sheets, access).sheet(noProgram, PaperSize.A4, false, false);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
        assertThat(new String(answer.getBody(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("no published program");
    }

    @Test
    void aPatientPrintsTheirOwnSheet() {
        Long maria = fixture.demoPatient("anna.berg", "Maria Lopez");
        signIn.as("maria.lopez");
        SheetFile file = sheets.sheet(signIn.ref(maria), A4);
        assertThat(file.fileName()).isEqualTo("home-exercises-maria-lopez-A4-normal-print.pdf");
        assertThat(SheetFixture.text(file.bytes())).contains("Maria Lopez");
    }

    private static int indexOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("\"" + text + "\" is on no page");
    }
}
