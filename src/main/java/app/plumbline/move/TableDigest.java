package app.plumbline.move;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Row count and SHA-256 of a table's canonical rows, each line followed by a newline, in primary-key
 * order: the same bytes as the table's file in the archive, so {@code sha256sum} of that file
 * gives the manifest's checksum too.
 */
final class TableDigest {

    private final MessageDigest sha256;
    private long rows;

    TableDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Adds a row's line and returns the bytes that were counted (line and newline). */
    byte[] add(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        sha256.update(bytes);
        rows++;
        return bytes;
    }

    Result result() {
        return new Result(rows, HexFormat.of().formatHex(sha256.digest()));
    }

    /** What a table holds, as a count and a checksum. */
    record Result(long rows, String sha256) {
    }
}
