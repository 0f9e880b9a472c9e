package app.plumbline.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A text file offered for download (CSV, YAML), written as UTF-8 and saying so in its content
 * type: without a charset a browser or spreadsheet guesses, and a name like "Müller" can come out
 * garbled.
 */
public final class TextDownload {

    public static final String CSV = "text/csv";
    public static final String YAML = "application/yaml";

    /** Writes the file's text when the download is asked for. */
    @FunctionalInterface
    public interface Content extends Serializable {
        void write(Writer out) throws IOException;
    }

    private TextDownload() {
    }

    public static DownloadHandler of(String fileName, String mediaType, Content content) {
        return DownloadHandler.fromInputStream(event -> {
            var bytes = new ByteArrayOutputStream();
            try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), fileName,
                    mediaType + ";charset=UTF-8", bytes.size());
        });
    }
}
