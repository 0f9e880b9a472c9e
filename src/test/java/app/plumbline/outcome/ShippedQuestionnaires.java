package app.plumbline.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The shipped files of questionnaires/, read from the source folder as the jar packages them. */
final class ShippedQuestionnaires {

    private ShippedQuestionnaires() {
    }

    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(Path.of("questionnaires"))) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, Questionnaire> all() {
        return new QuestionnaireFileReader().read(files());
    }

    static Questionnaire get(String slug) {
        return all().get(slug);
    }
}
