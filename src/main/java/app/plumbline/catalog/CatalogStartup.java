package app.plumbline.catalog;

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

    CatalogStartup(CatalogSource source, CatalogImport importer, CatalogReadModel readModel) {
        this.source = source;
        this.importer = importer;
        this.readModel = readModel;
    }

    @Override
    public void afterSingletonsInstantiated() {
        importCatalog();
    }

    void importCatalog() {
        long started = System.nanoTime();
        ParsedCatalog catalog = new CatalogParser().parse(source.files());
        long parsed = System.nanoTime();
        CatalogImport.Result result = importer.apply(catalog);
        readModel.refresh();
        long done = System.nanoTime();
        log.info("Catalog from {}: {} patterns, {} muscles, {} exercises ({} added, {} updated, {} retired, "
                        + "{} unchanged) in {} ms (parse and validate {} ms)",
                source.describe(), catalog.patterns().size(), catalog.muscles().size(), catalog.exercises().size(),
                result.added(), result.updated(), result.retired(), result.unchanged(),
                (done - started) / 1_000_000, (parsed - started) / 1_000_000);
    }
}
