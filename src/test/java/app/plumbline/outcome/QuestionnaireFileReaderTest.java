package app.plumbline.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireFileReaderTest {

    @Test
    void theShippedFilesAreValidAndTheLicensedOnesHaveNoTexts() {
        var all = ShippedQuestionnaires.all();
        assertThat(all).containsOnlyKeys("nprs", "psfs", "tsk-11", "jfls-8", "ears", "ndi", "odi");
        assertThat(all.get("ndi").answerable()).isFalse();
        assertThat(all.get("odi").answerable()).isFalse();
        assertThat(all.get("ndi").items()).hasSize(10).allMatch(i -> i.text() == null && i.options().isEmpty());
        assertThat(all.get("odi").items()).hasSize(10).allMatch(i -> i.text() == null && i.options().isEmpty());
        assertThat(all.get("psfs").mdc().value()).isEqualTo(2.0);
        assertThat(all.values()).allMatch(q -> !q.sources().isEmpty() && q.licence().note() != null);
    }

    @Test
    void everyProblemIsListedAsFileFieldMessage() {
        String broken = """
                slug: Bad Slug
                name: Broken
                measures: nothing
                instructions: none
                colour: red
                licence: {status: open, textsIncluded: true, note: x}
                scale: {min: 5, max: 3}
                items:
                  - {key: a}
                  - {key: a, text: Twice}
                scoring: {method: sum, maxMissing: 1, reverseItems: [zz], range: {min: 0, max: 1}, better: up, unit: p}
                mcid: {value: -1, source: s}
                sources: []
                """;
        assertThatThrownBy(() -> new QuestionnaireFileReader().read(Map.of("bad.yaml",
                broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidQuestionnairesException.class)
                .satisfies(e -> assertThat(((InvalidQuestionnairesException) e).problems()).contains(
                        "bad.yaml: colour: unknown field (allowed: instructions, items, kind, licence, mcid, mdc, measures, "
                                + "name, patientNamesItems, scale, scoring, shortName, slug, sources)",
                        "bad.yaml: slug: 'Bad Slug' must be lower-case words joined by hyphens",
                        "bad.yaml: shortName: missing",
                        "bad.yaml: kind: missing",
                        "bad.yaml: licence.status: 'open' is not one of: free, licensed, unverified",
                        "bad.yaml: scale.max: 3 must be above scale.min (5)",
                        "bad.yaml: items[0].text: missing (licence.textsIncluded is true)",
                        "bad.yaml: items[1].key: 'a' must be a lower-case slug, used once",
                        "bad.yaml: scoring.maxMissing: a sum cannot leave items blank: must be 0",
                        "bad.yaml: scoring.reverseItems[0]: '\"zz\"' is not an item key",
                        "bad.yaml: scoring.better: 'up' is not one of: lower, higher",
                        "bad.yaml: mcid.value: must have an exclusive minimum value of 0",
                        "bad.yaml: sources: needs at least 1 item"));
    }

    @Test
    void aLicensedFileMayNotShipTexts() {
        String ndi = new String(ShippedQuestionnaires.files().get("ndi.yaml"), StandardCharsets.UTF_8)
                .replace("{key: reading, topic: Reading}", "{key: reading, topic: Reading, text: A copied text}");
        assertThatThrownBy(() -> new QuestionnaireFileReader().read(Map.of("ndi.yaml",
                ndi.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("ndi.yaml: items[3].text: must be absent: licence.textsIncluded is false");
    }

    @Test
    void aClinicCopyWithTextsMakesTheLicensedMeasureAnswerable() {
        String ndi = new String(ShippedQuestionnaires.files().get("ndi.yaml"), StandardCharsets.UTF_8)
                .replace("textsIncluded: false", "textsIncluded: true")
                .replaceAll("\\{key: ([a-z-]+), topic: ([^}]+)}",
                        "{key: $1, topic: $2, text: \"Clinic text $1\", options: [a, b, c, d, e, f]}");
        var read = new QuestionnaireFileReader().read(Map.of("ndi.yaml", ndi.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.get("ndi").answerable()).isTrue();
        assertThat(read.get("ndi").items().getFirst().options()).hasSize(6);
    }
}
