package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void dropsWhatCannotBeKeptAndKeepsEverythingElse() {
        assertThat(Text.clean("a\u0000b\u0007c\u001b[31md\uFFFEe\uD800f")).isEqualTo("abc[31mdef");
        assertThat(Text.clean("Zoë\tÅngström\r\n李小龍 😀👨‍👩‍👧‍👦 e\u0301 <b>")).isEqualTo("Zoë\tÅngström\r\n李小龍 😀👨‍👩‍👧‍👦 e\u0301 <b>");
        assertThat(Text.clean(null)).isNull();
    }

    @Test
    void strippedOrNullLeavesNothingForOnlyControlCharacters() {
        assertThat(Text.strippedOrNull("\u0000\u0007 ")).isNull();
        assertThat(Text.strippedOrNull("  Maria\u0000 ")).isEqualTo("Maria");
        assertThat(Text.strippedOrNull(null)).isNull();
    }
}
