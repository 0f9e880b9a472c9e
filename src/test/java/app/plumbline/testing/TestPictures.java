package app.plumbline.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** Pictures made for tests. */
public final class TestPictures {

    private TestPictures() {
    }

    /**
     * A valid all-black 1-bit greyscale PNG of the given size, written row by row: 16000 × 16000
     * pixels take 32 KB (a decompression bomb: a gigabyte once decoded in colour).
     */
    public static byte[] blackPng(int width, int height) {
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
