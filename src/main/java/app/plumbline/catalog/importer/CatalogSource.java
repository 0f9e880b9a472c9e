package app.plumbline.catalog.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Where the catalog files come from: the copy of {@code exercises/} packaged in the jar, or a
 * directory a clinic maintains itself ({@code plumbline.catalog.dir}).
 */
@Component
public class CatalogSource {

    private static final String PACKAGED = "classpath:catalog/";

    private final String directory;

    CatalogSource(@Value("${plumbline.catalog.dir:}") String directory) {
        this.directory = directory;
    }

    public String describe() {
        return directory.isBlank() ? "the catalog packaged with Plumbline" : directory;
    }

    /** Every file of the catalog, by its path relative to the catalog folder ("neck/chin-tuck.yaml"). */
    public Map<String, byte[]> files() {
        try {
            return directory.isBlank() ? packaged() : fromDirectory(Path.of(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the exercise catalog from " + describe(), e);
        }
    }

    private Map<String, byte[]> packaged() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        String base = resolver.getResource(PACKAGED + "muscles.yaml").getURL().toString().replace("muscles.yaml", "");
        Map<String, byte[]> files = new HashMap<>();
        for (Resource resource : resolver.getResources(PACKAGED + "**/*")) {
            String url = resource.getURL().toString();
            if (resource.isReadable() && url.startsWith(base) && !url.endsWith("/")) {
                try (var in = resource.getInputStream()) {
                    files.put(url.substring(base.length()), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
