package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A dose read back from the database has no intensity or tempo where none was stored, and keeps those stored. */
@ServiceTest
class StoredDosageTest {

    @Autowired
    ExerciseRepository exercises;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Test
    @Transactional
    void noneStoredReadsAsNone() {
        entityManager.clear();
        Dosage chinTuck = exercises.findBySlug("chin-tuck").orElseThrow().definition().dosage();
        assertThat(chinTuck.tempo()).isNull();
        assertThat(chinTuck.intensity()).isNull();
        assertThat(chinTuck.problems()).isEmpty();
    }

    @Test
    @Transactional
    void storedIntensityAndTempoReadBack() {
        entityManager.clear();
        Dosage wrist = exercises.findBySlug("heavy-slow-wrist-extension").orElseThrow().definition().dosage();
        assertThat(wrist.tempo()).isEqualTo(new Tempo(3, 0, 3));
        Dosage curl = exercises.findBySlug("wrist-curl-dumbbell").orElseThrow().definition().dosage();
        assertThat(curl.intensity()).isEqualTo(Intensity.kg(java.math.BigDecimal.ONE));
    }
}
