package app.plumbline.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 as lower-case hex, over one or more byte arrays in order (null parts are skipped). */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[]... parts) {
        return hex(List.of(parts).stream().filter(java.util.Objects::nonNull).toList());
    }

    public static String hex(Iterable<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            parts.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
