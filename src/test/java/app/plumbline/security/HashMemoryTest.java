package app.plumbline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashMemoryTest {

    private final HashMemory memory = new HashMemory(1024, 2);

    @Test
    void lendsAtMostTheBoundAndOnlyForItsSize() {
        var first = memory.borrow(1024).orElseThrow();
        var second = memory.borrow(1024).orElseThrow();

        assertThat(memory.borrow(1024)).as("every block lent").isEmpty();
        assertThat(memory.borrow(2048)).as("another size").isEmpty();
        assertThat(memory.blocksMade()).isEqualTo(2);

        memory.giveBack(first);
        memory.giveBack(second);
        assertThat(memory.borrow(1024)).as("the last one given back first").containsSame(second);
        assertThat(memory.blocksMade()).isEqualTo(2);
    }

    @Test
    void aBlockOrABoundOfNothingIsRefused() {
        assertThatThrownBy(() -> new HashMemory(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HashMemory(1024, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
