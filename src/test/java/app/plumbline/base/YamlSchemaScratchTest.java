package app.plumbline.base;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class YamlSchemaScratchTest {
    @Test
    void print() {
        YamlSchema schema = YamlSchema.fromClasspath("catalog/schema/exercise.schema.json");
        System.out.println("META " + schema.metaSchemaProblems());
        String yaml = """
                slug: Chin_tuck
                name: "  "
                kind: wiggle
                region: neck
                level: three
                holdSecond: 5
                equipment: [chair, sofa]
                targets:
                  - {muscle: deep-neck-flexors, action: activate}
                  - {muscle: x, action: stretch, why: Eases the neck, gently.}
                steps: Sit tall.
                standalone: yes
                progressionAddsContraindication: yes please
                dosage: {sets: 40, reps: 0, side: none, timesPerDay: 2, intensity: {rpe: 3, band: red}, tempo: {lift: 2}}
                """;
        var doc = YAMLMapper.builder().build().readTree(yaml);
        schema.problems(doc).forEach(p -> System.out.println("P " + p.field() + ": " + p.message()));
        var doc2 = YAMLMapper.builder().build().readTree("""
                slug: a
                name: b
                summary: c
                kind: stretch
                region: neck
                level: 2
                targets: []
                steps: [a]
                dosage: {sets: 1, timesPerDay: 1, daysPerWeek: 8, intensity: {kg: 2.5}, tempo: {lift: 2, lower: 3, pause: 0}}
                """);
        schema.problems(doc2).forEach(p -> System.out.println("Q " + p.field() + ": " + p.message()));
        var doc3 = YAMLMapper.builder().build().readTree("""
                slug: a
                name:
                summary: c
                kind: stretch
                region: neck
                level: 2
                targets: [{muscle: a, action: stretch}]
                steps: [a]
                dosage: {sets: 1, reps: 2, timesPerDay: 1, daysPerWeek: 7, intensity: {kg: 2.55}}
                """);
        schema.problems(doc3).forEach(p -> System.out.println("R " + p.field() + ": " + p.message()));
    }
}
