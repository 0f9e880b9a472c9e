package app.plumbline.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Three kill -9 cycles against the application's own database URL: every session whose save was
 * acknowledged is still there after the kill. The 50-cycle run and the control run (which must
 * lose sessions) are {@code scripts/durability.sh}.
 */
class DurabilityIT {

    @Test
    void everyAcknowledgedSessionSurvivesAKill() throws Exception {
        Path dir = Path.of("target", "durability", "it-" + UUID.randomUUID());
        var result = new DurabilityHarness(dir, null, System.nanoTime(), System.out).run(3);

        assertThat(result.cycles()).hasSize(3).allSatisfy(cycle -> {
            assertThat(cycle.acknowledged()).as("sessions acknowledged in cycle %d", cycle.number()).isPositive();
            assertThat(cycle.missing()).as("acknowledged but lost in cycle %d", cycle.number()).isEmpty();
        });
    }
}
