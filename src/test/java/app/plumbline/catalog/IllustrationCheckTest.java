package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.TestPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IllustrationCheckTest {

    @Test
    void aSmallPngThatDeclaresAHugePictureIsRefusedBeforeItIsDecoded() {
        byte[] bomb = TestPictures.blackPng(16000, 16000);
        assertThat(bomb.length).isLessThan(64 * 1024);

        assertThat(IllustrationCheck.problem(new Illustration(Illustration.PNG, bomb)))
                .contains("the picture is 16000 × 16000 pixels; it may have at most 4096 pixels a side and "
                        + "4 megapixels in all (e.g. 2048 × 2048)");
    }

    @Test
    void aPngIsMeasuredBySidesAndByPixels() throws IOException {
        assertThat(IllustrationCheck.problem(png(4096, 1024))).isEmpty();
        assertThat(IllustrationCheck.problem(png(2048, 2048))).isEmpty();
        assertThat(IllustrationCheck.problem(png(4097, 16))).get().asString().contains("4097 × 16 pixels");
        assertThat(IllustrationCheck.problem(png(2049, 2048))).get().asString().contains("2049 × 2048 pixels");
    }

    @Test
    void aPngWithoutAHeaderRightAfterItsSignatureIsRefused() {
        byte[] signatureOnly = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        assertThat(IllustrationCheck.problem(new Illustration(Illustration.PNG, signatureOnly)))
                .contains("the PNG image cannot be read");
    }

    @Test
    void anSvgIsMeasuredByItsWidthAndHeightOrElseItsViewBox() {
        assertThat(svgProblem("viewBox=\"0 0 240 160\"")).isEmpty();
        assertThat(svgProblem("viewBox=\"0 0 240 160\" width=\"100%\" height=\"100%\"")).isEmpty();
        assertThat(svgProblem("viewBox=\"0 0 210 297\" width=\"210mm\" height=\"297mm\"")).isEmpty();
        assertThat(svgProblem("viewBox=\"0 0 240 160\" width=\"16000\" height=\"16000\""))
                .contains("the picture is 16000 × 16000 pixels; it may have at most 4096 pixels a side and "
                        + "4 megapixels in all (e.g. 2048 × 2048)");
        assertThat(svgProblem("viewBox=\"0 0 240 160\" width=\"2m\" height=\"1e9in\""))
                .as("an unknown unit: the viewBox counts").isEmpty();
        assertThat(svgProblem("viewBox=\"0 0 240 160\" width=\"5in\" height=\"1e9in\"")).get().asString()
                .contains("480 × 96000000000 pixels");
        assertThat(svgProblem("viewBox=\"0,0,16000,16000\"")).get().asString().contains("16000 × 16000 pixels");
    }

    @Test
    void anSvgViewBoxMustBeFourNumbersWithAPositiveSize() {
        for (String box : new String[] {"0 0 240", "0 0 -240 160", "0 0 240 0", "a b c d", "0 0 NaN 160"}) {
            assertThat(svgProblem("viewBox=\"" + box + "\"")).as(box)
                    .contains("the viewBox must be four numbers with a positive width and height");
        }
    }

    private static java.util.Optional<String> svgProblem(String attributes) {
        return IllustrationCheck.problem(new Illustration(Illustration.SVG, ("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + attributes + "><rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8)));
    }

    private static Illustration png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return new Illustration(Illustration.PNG, out.toByteArray());
    }
}
