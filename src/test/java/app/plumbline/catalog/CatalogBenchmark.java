package app.plumbline.catalog;

import app.plumbline.catalog.importer.CatalogParser;
import app.plumbline.catalog.importer.CatalogSource;
import app.plumbline.catalog.importer.ParsedCatalog;
import app.plumbline.testing.ServiceTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long the catalog takes to read, validate and import. Prints figures; asserts nothing on
 * time. Run: ./mvnw -Pbench test -Dtest=CatalogBenchmark
 */
@ServiceTest
class CatalogBenchmark {

    private static final int ROUNDS = 30;

    @Autowired
    CatalogSource source;
    @Autowired
    CatalogStartup startup;
    @Autowired
    CatalogImport importer;

    @Test
    void catalogImport() {
        Map<String, byte[]> files = source.files();
        for (int i = 0; i < 10; i++) {
            importer.apply(new CatalogParser().parse(files));
            startup.importCatalog();
        }
        long[] read = new long[ROUNDS];
        long[] parse = new long[ROUNDS];
        long[] compare = new long[ROUNDS];
        long[] whole = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            Map<String, byte[]> again = source.files();
            long t1 = System.nanoTime();
            ParsedCatalog parsed = new CatalogParser().parse(again);
            long t2 = System.nanoTime();
            importer.apply(parsed);
            long t3 = System.nanoTime();
            startup.importCatalog();
            long t4 = System.nanoTime();
            read[i] = t1 - t0;
            parse[i] = t2 - t1;
            compare[i] = t3 - t2;
            whole[i] = t4 - t3;
        }
        System.out.printf("%nCatalog (%d files) over %d warm rounds, median / max in ms:%n", files.size(), ROUNDS);
        System.out.printf("  read files from the classpath   %6.1f / %6.1f%n", median(read), max(read));
        System.out.printf("  parse and validate everything   %6.1f / %6.1f%n", median(parse), max(parse));
        System.out.printf("  import into the database (unchanged: compare by hash) %6.1f / %6.1f%n",
                median(compare), max(compare));
        System.out.printf("  start-up with an unchanged catalog (read, hash, load read model) %6.1f / %6.1f%n%n",
                median(whole), max(whole));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
