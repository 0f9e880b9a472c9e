package app.plumbline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void keepsTheNewestAndDeletesTheRest() {
        var names = List.of("plumbline-20261119-023000.zip", "plumbline-20261121-023000.zip",
                "plumbline-20261120-023000.zip", "plumbline-20261121-023000-2.zip");

        assertThat(Retention.toDelete(names, 2))
                .containsExactly("plumbline-20261120-023000.zip", "plumbline-20261119-023000.zip");
        assertThat(Retention.toDelete(names, 4)).isEmpty();
    }

    @Test
    void neverTouchesOtherFiles() {
        var names = List.of("plumbline-20261119-023000.zip", "notes.txt", "plumbline-20261120-023000.zip.part",
                "plumbline.mv.db", "plumbline-2026.zip");

        assertThat(Retention.toDelete(names, 1)).isEmpty();
        assertThat(Retention.isBackup("plumbline-20261120-023000.zip.part")).isFalse();
    }
}
