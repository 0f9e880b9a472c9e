package app.plumbline.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The licensed-text file, read against the shipped structure; the fixture is made-up text, not the NDI. */
class LicensedTextFileTest {

    static byte[] fakeNdi() {
        try (InputStream in = LicensedTextFileTest.class.getResourceAsStream("/licensed-texts/fake-ndi.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Questionnaire> shipped(String slug) {
        return Optional.ofNullable(ShippedQuestionnaires.all().get(slug));
    }

    @Test
    void aCompleteFileMakesTheMeasureAnswerableWithItsTexts() {
        var texts = LicensedTextFile.read(fakeNdi(), LicensedTextFileTest::shipped);
        var ndi = LicensedTextFile.apply(shipped("ndi").orElseThrow(), texts);

        assertThat(ndi.answerable()).isTrue();
        assertThat(ndi.instructions()).startsWith("Fake instructions");
        assertThat(ndi.items()).hasSize(10);
        assertThat(ndi.items().getFirst().text()).isEqualTo("Fake section 1");
        assertThat(ndi.items().getFirst().options()).hasSize(6).first().isEqualTo("Fake statement 1.0");
        assertThat(ndi.items().getLast().options().getLast()).isEqualTo("Fake statement 10.5");
        assertThat(ndi.scoring()).isEqualTo(shipped("ndi").orElseThrow().scoring());
    }

    @Test
    void everyProblemIsNamedByLineAndField() {
        String file = new String(fakeNdi(), StandardCharsets.UTF_8)
                .replace("5: Fake statement 1.5\n", "")          // item 1: an answer missing
                .replace("item: lifting", "item: liftin")         // unknown item, so lifting is missing
                .replace("text: Fake section 4\n", "")            // item 4: no text
                .replace("2: Fake statement 5.2", "1: Fake statement 5.2") // item 5: answer 1 twice, 2 missing
                .replace("3: Fake statement 6.3", "7: Fake statement 6.3") // item 6: off the scale
                .replace("text: Fake section 7", "text:")         // empty value
                + "\nnonsense line\n";

        assertThatThrownBy(() -> LicensedTextFile.read(file.getBytes(StandardCharsets.UTF_8),
                LicensedTextFileTest::shipped))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .contains("line 5/pain-intensity: Each item has 6 answers (0 to 5); 5 given, missing [5].",
                                "line 22/item: `liftin` is not an item of the NDI; its items are pain-intensity, "
                                        + "personal-care, lifting, reading, headaches, concentration, work, driving, "
                                        + "sleeping, recreation.",
                                "line 31/reading.text: The item has no `text:` line.",
                                "line 43/headaches.1: Answer 1 is given twice for this item.",
                                "line 53/concentration.7: Answers go from 0 to 5.",
                                "line 58/work.text: The value after `text:` is empty.")
                        .anySatisfy(p -> assertThat(p).startsWith("line 93/items: The item `lifting` (Lifting) is missing"))
                        .anySatisfy(p -> assertThat(p).startsWith("line 93/recreation: Write `name: value`"))
                        .noneMatch(p -> p.contains("belongs to an item")));
    }

    @Test
    void aFileForAMeasureWhoseTextsAreShippedIsRefused() {
        assertThatThrownBy(() -> LicensedTextFile.read("measure: nprs\n".getBytes(StandardCharsets.UTF_8),
                LicensedTextFileTest::shipped))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The NPRS's texts are shipped with Plumbline; only a measure whose texts are left out "
                        + "(NDI, ODI) is imported.");
        assertThatThrownBy(() -> LicensedTextFile.read(new byte[] {(byte) 0xC3, (byte) 0x28},
                LicensedTextFileTest::shipped))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not UTF-8");
    }
}
