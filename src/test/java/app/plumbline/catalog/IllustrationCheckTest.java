package app.plumbline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IllustrationCheckTest {

    @Test
    void aSmallPngThatDeclaresAHugePictureIsRefusedBeforeItIsDecoded() throws IOException {
        // 16000 × 16000 black-and-white pixels: 32 KB on disk, a gigabyte once a sheet decodes it in colour.
        byte[] bomb = blackPng(16000, 16000);
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

    /** A valid 1-bit greyscale PNG, all black, written row by row so the test needs no big buffer. */
    private static byte[] blackPng(int width, int height) throws IOException {
        var file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var header = new ByteArrayOutputStream();
        var fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter, no interlace
        chunk(file, "IHDR", header.toByteArray());
        var pixels = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(file, "IDAT", pixels.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        var out = new DataOutputStream(file);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
