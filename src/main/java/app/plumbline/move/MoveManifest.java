package app.plumbline.move;

import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's {@code manifest.json}: what it is ({@code format}, {@code version} of that format),
 * the Flyway schema version the data was taken at, when, from which database, and per table its
 * file, columns (the order of each row's values), row count and SHA-256 over its canonical rows.
 */
record MoveManifest(String format, int version, String schemaVersion, String takenAt, String source,
        List<Entry> tables) {

    static final String FORMAT = "plumbline-move";
    static final int VERSION = 1;
    static final String FILE = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Entry(String name, String file, List<String> columns, long rows, String sha256) {
    }

    byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }

    static MoveManifest read(InputStream json) {
        MoveManifest manifest;
        try {
            manifest = JSON.readValue(json, MoveManifest.class);
        } catch (JacksonException e) {
            throw new MoveException("The archive's " + FILE + " cannot be read: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(manifest.format())) {
            throw new MoveException("This is not a Plumbline move archive (format \"" + manifest.format()
                    + "\", expected \"" + FORMAT + "\").");
        }
        if (manifest.version() != VERSION) {
            throw new MoveException("The archive is in version " + manifest.version() + " of the move format; this "
                    + "Plumbline reads version " + VERSION + ". Import it with the Plumbline that exported it.");
        }
        return manifest;
    }
}
