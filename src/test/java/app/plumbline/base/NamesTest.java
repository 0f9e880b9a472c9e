package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamesTest {

    private static final String BIDI = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u180E";

    @Test
    void dropsDirectionChangesAndZeroWidthCharactersAndStrips() {
        assertThat(Names.clean("\u202EMaria")).isEqualTo("Maria");
        assertThat(Names.clean(" Lo\u200Bpez\u2069 ")).isEqualTo("Lopez");
        assertThat(Names.clean("\u2067عمر\u2069 \u200FHassan")).isEqualTo("عمر Hassan");
        assertThat(Names.clean("Ann" + BIDI + ZERO_WIDTH + "a")).isEqualTo("Anna");
        assertThat(Names.clean("\u3164\u115F\u1160\uFFA0Kim")).isEqualTo("Kim");
        assertThat(Names.clean("Zoë Ångström-Łukasiewicz")).isEqualTo("Zoë Ångström-Łukasiewicz");
        assertThat(Names.clean("李小龍")).isEqualTo("李小龍");
        assertThat(Names.clean("Jose\u0301")).isEqualTo("Jose\u0301");
        assertThat(Names.clean("a\u0000b\u0007")).isEqualTo("ab");
    }

    @Test
    void nothingLeftIsNull() {
        assertThat(Names.clean(BIDI + ZERO_WIDTH)).isNull();
        assertThat(Names.clean(" \u200B \u3164 ")).isNull();
        assertThat(Names.clean("")).isNull();
        assertThat(Names.clean(null)).isNull();
    }

    @Test
    void aNameNeedsALetterAndSaysSoAtItsField() {
        assertThatCode(() -> Names.check("familyName", "the last name", "O'Brien-Ng", 100)).doesNotThrowAnyException();
        assertThatCode(() -> Names.check("familyName", "the last name", "李", 100)).doesNotThrowAnyException();
        for (String noLetter : new String[] {"1234", "-", "😀👨‍👩‍👧‍👦", "'. ,", "\u00A0"}) {
            assertThatThrownBy(() -> Names.check("familyName", "the last name", noLetter, 100))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("familyName");
                        assertThat(e.getMessage()).isEqualTo("The last name needs at least one letter.");
                    });
        }
        assertThatThrownBy(() -> Names.check("givenName", "the first name", null, 100))
                .hasMessage("Enter the first name (up to 100 characters).");
        assertThatThrownBy(() -> Names.check("givenName", "the first name", "x".repeat(101), 100))
                .hasMessage("Enter the first name (up to 100 characters).");
    }
}
