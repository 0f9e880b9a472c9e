package app.plumbline.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the template keeps a contact line's parts whole and shortens a long clinic name. */
class SheetTemplateTest {

    @Test
    void aContactLineBreaksOnlyBetweenItsParts() {
        List<Map<String, Object>> parts = SheetTemplate.contactParts(
                "Lindenstraße 12, 10969 Berlin · Phone 030 555 0100 | hello@lindenhof.example");

        assertThat(parts).extracting(p -> p.get("text")).containsExactly("Lindenstraße 12, 10969 Berlin", " · ",
                "Phone 030 555 0100", " | ", "hello@lindenhof.example");
        assertThat(parts).extracting(p -> p.get("nobreak")).containsExactly(true, false, true, false, true);
    }

    @Test
    void aPartTooLongForALineMayStillBreak() {
        String long70 = "Physiotherapy practice in the old tram depot, second floor, rear entrance";

        assertThat(SheetTemplate.contactParts(long70)).singleElement()
                .satisfies(p -> assertThat(p.get("nobreak")).isEqualTo(false));
        assertThat(SheetTemplate.contactParts(null)).isEmpty();
    }

    @Test
    void aLongClinicNameIsCutAtAWordWithAnEllipsis() {
        String name = "Lindenhof Physiotherapy and Rehabilitation Centre for Neck, Back, Shoulder, Hip and Knee";

        String shortened = SheetTemplate.shortened(name, SheetTemplate.FOOTER_NAME);

        assertThat(shortened).isEqualTo("Lindenhof Physiotherapy and Rehabilitation…").hasSizeLessThanOrEqualTo(50);
        assertThat(SheetTemplate.shortened("Lindenhof Physiotherapy", 50)).isEqualTo("Lindenhof Physiotherapy");
        assertThat(SheetTemplate.shortened("x".repeat(120), 50)).isEqualTo("x".repeat(49) + "…");
    }

    @Test
    void anSvgGetsItsAltTextOnceOnItsRootElement() {
        assertThat(SheetTemplate.withAlt("<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>", "Chin tuck & \"more\""))
                .isEqualTo("<svg alt=\"Chin tuck &amp; &quot;more&quot;\" xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>");
        assertThat(SheetTemplate.withAlt("<svg alt=\"Own\" viewBox=\"0 0 1 1\"/>", "Other"))
                .isEqualTo("<svg alt=\"Own\" viewBox=\"0 0 1 1\"/>");
        assertThat(SheetTemplate.withAlt("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>", "Other"))
                .isEqualTo("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>");
    }
}
