package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.importer.CatalogParser;
import app.plumbline.catalog.importer.CatalogSource;
import app.plumbline.catalog.importer.ParsedCatalog;
import app.plumbline.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Import into the test database, which already holds the shipped catalog from start-up. */
@ServiceTest
@Transactional
class CatalogImportTest {

    @Autowired
    CatalogImport importer;
    @Autowired
    ExerciseRepository exercises;
    @Autowired
    CatalogSource source;
    @Autowired
    AdviceItemRepository advice;

    @Test
    void importingTheSameCatalogAgainChangesNothing() {
        ParsedCatalog shipped = new CatalogParser().parse(source.files());
        long before = exercises.count();

        CatalogImport.Result again = importer.apply(shipped);

        assertThat(again).isEqualTo(new CatalogImport.Result(0, 0, 0, shipped.exercises().size()));
        assertThat(exercises.count()).isEqualTo(before);
    }

    @Test
    void anyChangedByteOrFileChangesTheCatalogHashSoItIsImportedAgain() {
        var files = source.files();
        String original = CatalogStartup.hash(files);
        assertThat(CatalogStartup.hash(source.files())).isEqualTo(original);

        files.put("neck/chin-tuck.yaml", new String(files.get("neck/chin-tuck.yaml")).replace("level: 1", "level: 2")
                .getBytes());
        assertThat(CatalogStartup.hash(files)).isNotEqualTo(original);
        files.remove("neck/chin-tuck.yaml");
        assertThat(CatalogStartup.hash(files)).isNotEqualTo(original);
    }

    @Test
    void removedExerciseIsRetiredKeepingItsIdAndChangedOneIsUpdated() {
        var files = source.files();
        Exercise chinTuck = exercises.findBySlug("chin-tuck").orElseThrow();
        Long id = chinTuck.getId();
        files.put("neck/chin-tuck.yaml", new String(files.get("neck/chin-tuck.yaml"))
                .replace("name: Chin tuck", "name: Chin tuck (seated)").getBytes());
        files.remove("foot/toe-yoga.yaml");

        CatalogImport.Result result = importer.apply(new CatalogParser().parse(files));

        assertThat(result.retired()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        Exercise yoga = exercises.findBySlug("toe-yoga").orElseThrow();
        assertThat(yoga.isRetired()).isTrue();
        assertThat(exercises.findById(id).orElseThrow().definition().name()).isEqualTo("Chin tuck (seated)");

        CatalogImport.Result back = importer.apply(new CatalogParser().parse(source.files()));
        assertThat(back.added()).isZero();
        assertThat(exercises.findBySlug("toe-yoga").orElseThrow().isRetired()).isFalse();
        assertThat(exercises.findBySlug("toe-yoga").orElseThrow().getId()).isEqualTo(yoga.getId());
    }

    @Test
    void adviceIsImportedAnAdviceFileChangeReimportsAndARemovedItemIsRetiredNotDeleted() {
        ParsedCatalog shipped = new CatalogParser().parse(source.files());
        assertThat(advice.findAll()).extracting(AdviceItem::getSlug)
                .containsExactlyInAnyOrderElementsOf(shipped.advice().stream().map(AdviceDefinition::slug).toList());

        var files = source.files();
        String original = CatalogStartup.hash(files);
        files.put("advice/jaw-at-rest.yaml", new String(files.get("advice/jaw-at-rest.yaml"))
                .replace("title: Jaw relaxed, teeth apart", "title: Jaw at rest").getBytes());
        files.remove("advice/phone-off-the-shoulder.yaml");
        assertThat(CatalogStartup.hash(files)).isNotEqualTo(original);

        importer.apply(new CatalogParser().parse(files));

        assertThat(find("jaw-at-rest").definition().title()).isEqualTo("Jaw at rest");
        assertThat(find("phone-off-the-shoulder").isRetired()).isTrue();
        assertThat(find("phone-off-the-shoulder").definition().text()).isNotBlank();

        importer.apply(shipped);
        assertThat(find("phone-off-the-shoulder").isRetired()).isFalse();
        assertThat(find("jaw-at-rest").definition().title()).isEqualTo("Jaw relaxed, teeth apart");
    }

    private AdviceItem find(String slug) {
        return advice.findAll().stream().filter(a -> a.getSlug().equals(slug)).findFirst().orElseThrow();
    }
}
