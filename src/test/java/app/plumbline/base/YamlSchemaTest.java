package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.YamlSchema.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class YamlSchemaTest {

    private static final YamlSchema SAMPLE = YamlSchema.fromClasspath("yaml-schema/sample.schema.json");

    @Test
    void aValidDocumentHasNoProblems() {
        assertThat(problems("""
                code: abc
                score: 10
                colour: green
                items: [{label: one, why: "Because, really."}]
                dose: {reps: 3}
                load: {kg: 2.5}
                """)).isEmpty();
    }

    @Test
    void namesEveryProblemByItsPathInPlainWords() {
        assertThat(problems("""
                code: ABC
                score: 11
                colour: blue
                items: [{label: one}, {label: a label far too long}, {why: x}]
                """)).containsExactlyInAnyOrder(
                new Problem("code", "'ABC' must be lower-case letters"),
                new Problem("score", "11 is outside 0 to 10"),
                new Problem("colour", "'blue' is not one of: red, green"),
                new Problem("items[1].label", "longer than 10 characters"),
                new Problem("items[2].label", "missing"));
    }

    @Test
    void typesMissingFieldsAndListSizes() {
        assertThat(problems("""
                score: three
                items: []
                """)).containsExactlyInAnyOrder(
                new Problem("code", "missing"),
                new Problem("score", "must be a whole number from 0 to 10"),
                new Problem("items", "needs 1 to 3 items, has 0"));
        assertThat(problems("code: a\nitems: [{label: x}]\nrest: -1\ntags: [a, b, c]")).containsExactlyInAnyOrder(
                new Problem("rest", "-1 is below 0"),
                new Problem("tags", "has 3 items; at most 2 are allowed"));
        assertThat(problems("code:\nitems: {label: x}")).containsExactlyInAnyOrder(
                new Problem("code", "is empty; it must be a text"),
                new Problem("items", "must be a list"));
    }

    @Test
    void anUnknownFieldListsTheAllowedOnesAndSpotsAnUnquotedComma() {
        assertThat(problems("code: a\nitems: [{label: x}]\nscores: 3")).containsExactly(
                new Problem("scores", "unknown field (allowed: code, colour, dose, items, load, rest, score, tags)"));
        assertThat(problems("code: a\nitems: [{label: x, why: Because, really.}]")).containsExactly(
                new Problem("items[0].really.", "unknown field (allowed: label, why); if it is the rest of a text "
                        + "after a comma inside { }, put the whole text in quotes"));
    }

    @Test
    void anyOfRequiredFieldsIsSaidOnce() {
        assertThat(problems("code: a\nitems: [{label: x}]\ndose: {}")).containsExactly(
                new Problem("dose.reps", "give reps, hold, or both"));
    }

    @Test
    void exactlyOneOfAndSteps() {
        assertThat(problems("code: a\nitems: [{label: x}]\nload: {rpe: 3, kg: 2.5}")).containsExactly(
                new Problem("load", "give exactly one of: rpe, kg (has rpe, kg)"));
        assertThat(problems("code: a\nitems: [{label: x}]\nload: {}")).containsExactly(
                new Problem("load", "give exactly one of: rpe, kg"));
        assertThat(problems("code: a\nitems: [{label: x}]\nload: {kg: 2.55}")).containsExactly(
                new Problem("load.kg", "2.55 must be in steps of 0.1"));
    }

    @Test
    void refusesASchemaThatBreaksTheMetaSchema() {
        assertThatThrownBy(() -> YamlSchema.fromClasspath("yaml-schema/broken.schema.json"))
                .hasMessageStartingWith("The JSON Schema yaml-schema/broken.schema.json is not valid draft 2020-12: ")
                .hasMessageContaining("/properties/score/type")
                .hasMessageContaining("/properties/score/minimum");
    }

    @Test
    void aMissingSchemaIsSaidAtOnce() {
        assertThatThrownBy(() -> YamlSchema.fromClasspath("yaml-schema/none.schema.json"))
                .hasMessageContaining("yaml-schema/none.schema.json");
    }

    private static List<Problem> problems(String yaml) {
        return SAMPLE.problems(YAMLMapper.builder().build().readTree(yaml));
    }
}
