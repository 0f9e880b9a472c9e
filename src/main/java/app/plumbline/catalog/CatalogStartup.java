package app.plumbline.catalog;

import app.plumbline.base.Sha256;
import app.plumbline.catalog.importer.CatalogParser;
import app.plumbline.catalog.importer.CatalogSource;
import app.plumbline.catalog.importer.ParsedCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Validates and imports the whole catalog once every bean is ready and before the web server
 * takes its first request. An invalid catalog stops the start with every problem listed; nothing
 * is half-loaded.
 */
@Component
class CatalogStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogStartup.class);

    private final CatalogSource source;
    private final CatalogImport importer;
    private final CatalogReadModel readModel;
    private final CatalogStateRepository states;
    private final Clock clock;

    CatalogStartup(CatalogSource source, CatalogImport importer, CatalogReadModel readModel,
            CatalogStateRepository states, Clock clock) {
        this.source = source;
        this.importer = importer;
        this.readModel = readModel;
        this.states = states;
        this.clock = clock;
    }

    /** One hash over every file's path and bytes, in path order. */
    static String hash(Map<String, byte[]> files) {
        List<byte[]> parts = new ArrayList<>();
        for (var entry : new TreeMap<>(files).entrySet()) {
            parts.add((entry.getKey() + "\0").getBytes(StandardCharsets.UTF_8));
            parts.add(entry.getValue());
        }
        return Sha256.hex(parts);
    }

    @Override
    public void afterSingletonsInstantiated() {
        importCatalog();
    }

    void importCatalog() {
        long started = System.nanoTime();
        Map<String, byte[]> files = source.files();
        String hash = hash(files);
        if (states.findById(CatalogState.ONLY).map(CatalogState::filesHash).filter(hash::equals).isPresent()) {
            readModel.refresh();
            log.info("Catalog from {} unchanged since the last import; loaded in {} ms", source.describe(),
                    (System.nanoTime() - started) / 1_000_000);
            reportConflicts();
            return;
        }
        ParsedCatalog catalog = new CatalogParser().parse(files);
        long parsed = System.nanoTime();
        CatalogImport.Result result = importer.apply(catalog);
        CatalogState state = states.findById(CatalogState.ONLY).orElseGet(() -> new CatalogState(hash, clock.instant()));
        state.imported(hash, clock.instant());
        states.save(state);
        readModel.refresh();
        long done = System.nanoTime();
        log.info("Catalog from {}: {} patterns, {} muscles, {} exercises ({} added, {} updated, {} retired, "
                        + "{} unchanged) in {} ms (parse and validate {} ms)",
                source.describe(), catalog.patterns().size(), catalog.muscles().size(), catalog.exercises().size(),
                result.added(), result.updated(), result.retired(), result.unchanged(),
                (done - started) / 1_000_000, (parsed - started) / 1_000_000);
        reportConflicts();
    }

    /**
     * The catalog report on pattern fit: exercises that help a pattern's muscle (or link the
     * pattern) while another target works against it are left out of that pattern; each is a
     * content problem to fix in the files, listed but not fatal.
     */
    private void reportConflicts() {
        List<String> conflicts = readModel.snapshot().conflicts();
        if (conflicts.isEmpty()) {
            log.info("Catalog pattern fit: no conflicts");
            return;
        }
        log.warn("Catalog pattern fit: {} conflicts (exercise left out of a pattern it would otherwise fit):\n  {}",
                conflicts.size(), String.join("\n  ", conflicts));
    }
}
