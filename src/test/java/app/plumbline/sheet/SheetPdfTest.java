package app.plumbline.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.clinic.ClinicSettingsInput;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.clinic.PaperSize;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/**
 * The demo patient Maria's sheet as a PDF reader sees it: tagged (PDF/UA) with its language,
 * every font embedded, text that copies as plain letters, its length, large print's sizes, and a
 * clinic name too long for one line.
 */
@ServiceTest
@Import(SheetFixture.class)
class SheetPdfTest {

    private static final SheetOptions A4 = new SheetOptions(PaperSize.A4, false);
    private static final SheetOptions A4_LARGE = new SheetOptions(PaperSize.A4, true);
    private static final SheetOptions LETTER = new SheetOptions(PaperSize.LETTER, false);
    private static final SheetOptions LETTER_LARGE = new SheetOptions(PaperSize.LETTER, true);

    @Autowired
    SheetService sheets;
    @Autowired
    SheetFixture fixture;
    @Autowired
    ClinicSettingsService clinic;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private byte[] mariasSheet(SheetOptions options, String keepAs) {
        signIn.as("anna.berg");
        byte[] pdf = sheets.sheet(signIn.ref(fixture.demoPatient("anna.berg", "Maria Lopez")), options).bytes();
        SheetFixture.keep(keepAs, pdf);
        return pdf;
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theSheetIsATaggedPdfInEnglishWithATitleAndEveryFontEmbedded(CapturedOutput output) throws IOException {
        for (SheetOptions options : List.of(A4, A4_LARGE, LETTER, LETTER_LARGE)) {
            byte[] pdf = mariasSheet(options, "maria-" + options.fileNameSuffix());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                var catalog = doc.getDocumentCatalog();
                assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
                assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
                assertThat(catalog.getMarkInfo()).isNotNull();
                assertThat(catalog.getMarkInfo().isMarked()).isTrue();
                assertThat(catalog.getLanguage()).isEqualTo("en");
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Home exercises for Maria Lopez");
                assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
                List<PDFont> fonts = fonts(doc);
                assertThat(fonts).isNotEmpty();
                assertThat(fonts).allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                });
            }
        }
        // PDFBox warns "Using fallback font … for base font Symbol" when a standard font is loaded.
        assertThat(output.getAll()).doesNotContainIgnoringCase("fallback font");
    }

    @Test
    void aBatchOfSheetsIsTaggedToo() throws IOException {
        signIn.as("anna.berg");
        SheetFile batch = sheets.batch(List.of(fixture.demoPatient("anna.berg", "Maria Lopez"),
                fixture.demoPatient("anna.berg", "James O'Connor")), A4, done -> { });
        SheetFixture.keep("batch-A4", batch.bytes());

        assertThat(batch.fileName()).isEqualTo("home-exercise-sheets-" + TestClock.today() + "-A4-normal-print.pdf");
        try (PDDocument doc = Loader.loadPDF(batch.bytes())) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(fonts(doc)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void mariasFourExercisesAndTheirTrackingGridFitOnThreeA4Pages() {
        List<String> pages = SheetFixture.pageTexts(mariasSheet(A4, "maria-A4"));

        assertThat(pages).hasSizeLessThanOrEqualTo(3);
        String all = String.join(" ", pages);
        assertThat(all).contains("1. Chin tuck", "4. ", "Tracking grid", "Week 1", "Week 4", "Pain 0–10");
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("Page " + (p + 1) + " of " + pages.size());
        }
    }

    @Test
    void theTextCopiesAsPlainLettersWithoutLigatures() {
        for (SheetOptions options : List.of(A4, A4_LARGE)) {
            byte[] pdf = mariasSheet(options, "maria-" + options.fileNameSuffix());

            assertThat(SheetFixture.text(pdf)).contains("Sit tall on a firm chair", "feet flat", "Maria Lopez",
                    "Work a full day at the desk without neck pain");
            // PDFTextStripper's output folds ligatures back into letters; the glyphs' own text does not.
            String glyphText = String.join("", glyphs(pdf).stream().map(TextPosition::getUnicode).toList());
            assertThat(glyphText).contains("firm", "flat").doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03",
                    "\uFB04");
        }
    }

    @Test
    void theHeaderGivesTheProgramsStartDateAndTheFileNameHowItPrints() {
        signIn.as("anna.berg");
        SheetFile file = sheets.sheet(signIn.ref(fixture.demoPatient("anna.berg", "Maria Lopez")), A4_LARGE);
        // The demo program's exercises start eight weeks ago; it was published (seeded) today.
        String start = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(TestClock.today().minusWeeks(8));

        assertThat(SheetFixture.text(file.bytes())).contains("Start date " + start);
        assertThat(file.fileName()).isEqualTo("home-exercises-maria-lopez-A4-large-print.pdf");
        assertThat(sheets.sheet(signIn.ref(fixture.demoPatient("anna.berg", "Maria Lopez")), LETTER).fileName())
                .isEqualTo("home-exercises-maria-lopez-Letter-normal-print.pdf");
    }

    @Test
    void largePrintSetsTheInstructionsInAtLeast16PointAndTheFooterIn12() {
        byte[] pdf = mariasSheet(A4_LARGE, "maria-A4-large");
        List<TextPosition> glyphs = glyphs(pdf);

        List<Float> steps = sizesOf(glyphs, "Sit tall on a firm chair");
        assertThat(steps).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(16f));
        List<Float> footer = sizesOf(glyphs, "Stop and call us");
        assertThat(footer).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(12f));
        assertThat(glyphs).allSatisfy(g -> assertThat(size(g)).as("'" + g.getUnicode() + "'")
                .isGreaterThanOrEqualTo(11.9f));
    }

    @Test
    void aLongClinicNameStaysOnTheSheet() {
        signIn.as("admin");
        var profile = clinic.profile();
        String longName = "Lindenhof Physiotherapy and Rehabilitation Centre for Neck, Back, Shoulder, Hip and Knee "
                + "Problems, Berlin-Kreuzberg East";
        assertThat(longName).hasSize(120);
        clinic.save(new ClinicSettingsInput(longName, profile.contactLine(), profile.portalAddress(),
                profile.paperSize(), profile.timeZone(), ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), profile.version());
        try {
            for (SheetOptions options : List.of(A4, A4_LARGE, LETTER)) {
                byte[] pdf = mariasSheet(options, "maria-long-name-" + options.fileNameSuffix());
                float width = pageWidth(pdf);
                assertThat(glyphs(pdf)).allSatisfy(g -> assertThat(g.getXDirAdj() + g.getWidthDirAdj())
                        .as("'" + g.getUnicode() + "' inside the page").isLessThanOrEqualTo(width - 30));
                assertThat(SheetFixture.text(pdf)).contains("Lindenhof Physiotherapy and Rehabilitation");
            }
        } finally {
            signIn.as("admin");
            var changed = clinic.profile();
            clinic.save(new ClinicSettingsInput(profile.name(), changed.contactLine(), changed.portalAddress(),
                    changed.paperSize(), changed.timeZone(), ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), changed.version());
        }
    }

    /** Every font of every page, including those of form XObjects (SVG pictures). */
    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        Set<PDResources> seen = new HashSet<>();
        for (var page : doc.getPages()) {
            collectFonts(page.getResources(), fonts, seen);
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<PDResources> seen)
            throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    /** The page's own glyphs, without those of pictures (form XObjects: the SVGs' step numbers). */
    private static List<TextPosition> glyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            var stripper = new PDFTextStripper() {
                private int inForm;

                @Override
                public void showForm(PDFormXObject form) throws IOException {
                    inForm++;
                    try {
                        super.showForm(form);
                    } finally {
                        inForm--;
                    }
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    super.processTextPosition(text);
                    if (inForm == 0 && !text.getUnicode().isBlank()) {
                        glyphs.add(text);
                    }
                }
            };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sizes of the glyphs of the first run of text that spells out the words. */
    private static List<Float> sizesOf(List<TextPosition> glyphs, String words) {
        String compact = words.replace(" ", "");
        StringBuilder all = new StringBuilder();
        List<TextPosition> byChar = new ArrayList<>();
        for (TextPosition g : glyphs) {
            all.append(g.getUnicode());
            g.getUnicode().chars().forEach(c -> byChar.add(g));
        }
        int at = all.indexOf(compact);
        assertThat(at).as("'" + words + "' in the text").isNotNegative();
        return byChar.subList(at, at + compact.length()).stream().map(SheetPdfTest::size).toList();
    }

    /** A glyph's size on paper in points (font size through the text and page matrices). */
    private static float size(TextPosition glyph) {
        return glyph.getTextMatrix().getScalingFactorY();
    }

    private static float pageWidth(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox().getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
