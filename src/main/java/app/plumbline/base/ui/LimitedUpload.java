package app.plumbline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

/**
 * Takes one uploaded file into memory, but never more than its limit. {@code Upload.setMaxFileSize}
 * only stops an honest browser: a request that declares more is refused before its body is read,
 * and the body is read through a limit that stops at one byte past it, whatever was declared
 * (a chunked request declares nothing). Tomcat then discards what is left of the body (up to
 * {@code server.tomcat.max-swallow-size}, 2 MB) or closes the connection.
 */
public final class LimitedUpload implements UploadHandler {

    /** Receives a file within the limit, in the UI's lock. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void receive(String fileName, byte[] bytes);
    }

    /** Opens the body of the upload; only called when the declared size is within the limit. */
    @FunctionalInterface
    interface Body {
        InputStream open() throws IOException;
    }

    private final int maxBytes;
    private final Receiver receiver;
    private final SerializableRunnable tooLarge;

    /**
     * @param tooLarge says at the field that the file is larger than the limit (in the UI's lock)
     */
    public LimitedUpload(int maxBytes, Receiver receiver, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Optional<byte[]> bytes = read(event.getFileSize(), event::getInputStream, maxBytes);
        // The form may have been closed meanwhile; then nobody is told.
        Optional<UI> ui = Optional.ofNullable(event.getUI());
        if (bytes.isEmpty()) {
            event.reject("The file is larger than " + size(maxBytes) + ".");
            ui.ifPresent(u -> u.access(tooLarge::run));
        } else {
            String fileName = event.getFileName();
            ui.ifPresent(u -> u.access(() -> receiver.receive(fileName, bytes.get())));
        }
    }

    /**
     * The whole body, or empty when the declared size or what is read is larger than maxBytes;
     * reads at most maxBytes + 1 bytes.
     */
    static Optional<byte[]> read(long declaredSize, Body body, int maxBytes) throws IOException {
        if (declaredSize > maxBytes) {
            return Optional.empty();
        }
        byte[] bytes = body.open().readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    /** A limit as people say it: 300 KB, 1 MB. */
    public static String size(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
