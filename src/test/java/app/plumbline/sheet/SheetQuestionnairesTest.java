package app.plumbline.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.clinic.PaperSize;
import app.plumbline.outcome.LicensedTextService;
import app.plumbline.outcome.OutcomeFigures;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.PlanInput;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sheet of a paper patient carries the questionnaires due, each on a page of its own with a
 * tick box per answer and a line for the date; a licensed measure whose texts the clinic has not
 * imported is left out, and the reason is given. The NDI texts here are a made-up test fixture.
 */
@ServiceTest
@Import(SheetFixture.class)
class SheetQuestionnairesTest {

    @Autowired
    SheetService sheets;
    @Autowired
    SheetFixture fixture;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    OutcomeFigures figures;
    @Autowired
    LicensedTextService licensedTexts;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("delete from outcome_plan");
        jdbc.update("delete from licensed_questionnaire_text");
    }

    private static byte[] fakeNdi() throws IOException {
        try (InputStream in = SheetQuestionnairesTest.class.getResourceAsStream("/licensed-texts/fake-ndi.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theDueQuestionnairesArePrintedWithTickBoxesAndTheUnlicensedOnesAreLeftOutWithWhy() throws IOException {
        signIn.as("admin");
        licensedTexts.importTexts(fakeNdi(), true);
        signIn.as("anna.berg");
        Long id = fixture.patientWithProgram("Pia", "Paper", 2);
        var today = TestClock.today();
        outcomes.assign(signIn.ref(id), List.of(new PlanInput("tsk-11", today, 4, false),
                new PlanInput("psfs", today.plusDays(10), 4, false), new PlanInput("ndi", today, 4, false),
                new PlanInput("nprs", today.plusDays(40), 4, false)));

        byte[] plain = sheets.sheet(signIn.ref(id), new SheetOptions(PaperSize.A4, false)).bytes();
        assertThat(SheetFixture.text(plain)).doesNotContain("Tampa Scale");

        byte[] pdf = sheets.sheet(signIn.ref(id), new SheetOptions(PaperSize.A4, false, true)).bytes();
        SheetFixture.keep("questionnaires-A4", pdf);
        List<String> pages = SheetFixture.pageTexts(pdf);
        String tsk = pages.stream().filter(p -> p.contains("Tampa Scale of Kinesiophobia")).findFirst().orElseThrow();
        assertThat(tsk).contains("(TSK-11)", "Date filled in:", "1. I'm afraid that I might injure myself if I exercise.",
                "11. No one should have to exercise when he or she is in pain.", "Strongly disagree", "Strongly agree");
        assertThat(pages).anySatisfy(p -> assertThat(p).contains("Patient-Specific Functional Scale (PSFS)",
                "To fill in on or after " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                        .format(today.plusDays(10))));
        assertThat(String.join(" ", pages)).contains("Neck Disability Index (NDI)", "1. Fake section 1",
                "Fake statement 1.0", "Fake statement 10.5", "Tick one statement in each section.");
        // Due only after the sheet's four weeks: not printed.
        assertThat(String.join(" ", pages)).doesNotContain("Numeric Pain Rating Scale");

        signIn.as("admin");
        licensedTexts.remove("ndi");
        signIn.as("anna.berg");
        var forSheet = figures.forSheet(signIn.ref(id));
        assertThat(forSheet.pages()).extracting(p -> p.shortName()).containsExactly("PSFS", "TSK-11");
        assertThat(forSheet.leftOut()).containsExactly("NDI is left out: its texts are licensed and this clinic has "
                + "not imported them (an admin can, under Questionnaire settings).");
        assertThat(SheetFixture.text(sheets.sheet(signIn.ref(id), new SheetOptions(PaperSize.A4, false, true))
                .bytes())).doesNotContain("Fake statement").contains("Tampa Scale");
    }
}
