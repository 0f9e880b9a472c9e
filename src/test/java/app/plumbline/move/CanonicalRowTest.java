package app.plumbline.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive's row form: fixed bytes for a row, NULL distinct from empty, every character back as it was. */
class CanonicalRowTest {

    @Test
    void aRowIsACompactJsonArrayOfStringsAndNulls() {
        assertThat(CanonicalRow.encode(Arrays.asList("1", null, "", "Anna Berg"))).isEqualTo("[\"1\",null,\"\",\"Anna Berg\"]");
        assertThat(CanonicalRow.encode(List.of())).isEqualTo("[]");
    }

    @Test
    void nullAndTheEmptyStringAndTheWordNullStayApart() {
        List<String> row = Arrays.asList(null, "", "null");

        String line = CanonicalRow.encode(row);

        assertThat(line).isEqualTo("[null,\"\",\"null\"]");
        assertThat(CanonicalRow.decode(line)).containsExactly(null, "", "null");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedSoARowIsOneLine() {
        String awkward = "he said \"stop\"\\\nnext line\r\ttab\u0001 é ✓ 😀 \u2028";

        String line = CanonicalRow.encode(List.of(awkward));

        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .isEqualTo("[\"he said \\\"stop\\\"\\\\\\nnext line\\r\\ttab\\u0001 é ✓ 😀 \u2028\"]");
        assertThat(CanonicalRow.decode(line)).containsExactly(awkward);
    }

    @Test
    void decodingAcceptsOtherJsonEscapesOfTheSameCharacters() {
        assertThat(CanonicalRow.decode("[\"a\\u0041\\/\\b\\f\"]")).containsExactly("aA/\b\f");
    }

    @Test
    void aBrokenLineIsRefusedNamingWhere() {
        assertThatThrownBy(() -> CanonicalRow.decode("[\"unterminated]")).isInstanceOf(MoveException.class)
                .hasMessageContaining("Not a row of the move archive");
        assertThatThrownBy(() -> CanonicalRow.decode("[\"a\"] trailing")).isInstanceOf(MoveException.class);
        assertThatThrownBy(() -> CanonicalRow.decode("[1]")).isInstanceOf(MoveException.class);
        assertThatThrownBy(() -> CanonicalRow.decode("[\"\\x\"]")).isInstanceOf(MoveException.class);
    }
}
