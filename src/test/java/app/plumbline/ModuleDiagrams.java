package app.plumbline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams (PlantUML, C4 style) into {@code docs/modules/}. Its name keeps it out
 * of the normal test run, so a build never rewrites committed files; regenerate after a change to
 * the modules with {@code ./mvnw -q test -Dtest=ModuleDiagrams} and commit the result. Modulith
 * writes the relations in an order that changes from one run to the next; they are sorted, so a
 * regenerated file differs only where the modules do.
 */
class ModuleDiagrams {

    private static final Path FOLDER = Path.of("docs/modules");

    @Test
    void writeDiagrams() throws IOException {
        new Documenter(ApplicationModules.of(Application.class),
                Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
                Files.writeString(file, String.join("\n", relationsSorted(lines)), StandardCharsets.UTF_8);
            }
        }
    }

    /** Each run of consecutive {@code Rel(} lines sorted; every other line stays where it is. */
    private static List<String> relationsSorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
