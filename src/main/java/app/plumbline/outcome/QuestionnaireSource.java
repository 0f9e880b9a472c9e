package app.plumbline.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The questionnaire files: those packaged in the jar (questionnaires/*.yaml), and the clinic's own
 * folder ({@code plumbline.questionnaires.dir}) whose files add measures or replace a shipped one of
 * the same name, which is how a clinic holding a licence brings the NDI's or ODI's texts.
 */
@Component
class QuestionnaireSource {

    private final String directory;

    QuestionnaireSource(@Value("${plumbline.questionnaires.dir:}") String directory) {
        this.directory = directory;
    }

    Map<String, byte[]> files() {
        try {
            Map<String, byte[]> files = new TreeMap<>(packaged());
            if (!directory.isBlank()) {
                files.putAll(fromDirectory(Path.of(directory)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaires", e);
        }
    }

    private static Map<String, byte[]> packaged() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:questionnaires/*.yaml")) {
            try (var in = resource.getInputStream()) {
                files.put(resource.getFilename(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(root)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
